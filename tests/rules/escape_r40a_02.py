# expect: reject store
# line: 29
# why: round 40a ok_02: a Random reached through a parameter: a store into a library-made object is judged at any depth however the receiver is reached
# ok_02 -- goal 1 (prints os.environ) via goal 3 (appends to sys.argv, the list the
#          sys module holds): the sys.argv / unittest.main lever.
#
# Mechanism: round 38b/39a's random.Random read-back (gauss() returns
#   mu + gauss_next*sigma, and () + (sys.argv,)*1 is the very tuple), with the
#   Random instance reaching the store as a FUNCTION PARAMETER: `def f(r):
#   r.gauss_next = (sys.argv,); return r.gauss((), 1)[0]`, called f(random.Random()).
#
# Why the checker missed it (analyzer/stores.c, give_judged):
#   the round-38/39 rule "a value stored into an object a library class made is
#   given at any depth (M_ALL)" is applied only when
#     library_instance(recv) || (made && !(recv is an identifier && enclosing_parameter(recv)))
#   library_instance() also refuses parameters (`!enclosing_parameter`), so for a
#   parameter receiver `given` stays `vm & M_SELF` (level 0 only).  The tuple puts
#   sys.argv one level down, so the store is accepted; r.gauss(...) is a
#   data_method (builds_new) whose result is taken as a new number.  The exclusion
#   was meant for `self` of a program subclass, but any parameter may be handed a
#   library object from outside.
import logging  # unittest resolves "logging.os.environ" from __main__
import random
import sys
import unittest


def f(r):
    r.gauss_next = (sys.argv,)
    return r.gauss((), 1)[0]


names = f(random.Random())
print("names is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)  # the loader's TypeError message prints os.environ
