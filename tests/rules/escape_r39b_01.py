# expect: reject store
# line: 41
# why: round 39b ok_01: a program subclass of random.Random: its instances are library-made (plain_pair), so the gauss_next store is given at any depth
# ok_01 -- goal 1 (prints os.environ) via goal 3 (appends to sys.argv, the list the
#          sys module holds): the sys.argv / unittest.main lever.
#
# Mechanism: random.Random.gauss(mu, sigma) returns mu + gauss_next*sigma when the
#   instance attribute gauss_next is not None (random.py). Round 38b stored
#   gauss_next on random.Random() itself; that store is now refused (give_judged).
#   Here the instance is of a PROGRAM subclass `class R(random.Random): pass`, made
#   at module level: the store `r.gauss_next = (sys.argv,)` is not judged as handing
#   the library a value, and `r.gauss((), 1)` is still a data_method (builds_new).
#
# Why the checker missed it (analyzer/stores.c, give_judged):
#   made = mask(recv, 1, 0) & M_MADE is false for R() (its M_MADE is at the top,
#   level 0, not asked), library_instance(recv) is false (R is no library class:
#   module_function fails on a program class name), and open_receiver() only
#   counts `self` reads inside methods (self_reads). The comment says "not self of
#   a subclass of one, whose attributes the program's own code reads" -- but
#   gauss_next is read by the library's inherited gauss, never by the program.
#   The deciding difference: random is a plain_module() ("no shared public state
#   of their own"), so a class deriving from random.Random is no made_class and
#   makes_library_object() gives R() no M_MADE; the same store on a subclass of
#   configparser.RawConfigParser (BOOLEAN_STATES) IS refused. Also accepted and
#   working: `self.gauss_next = (sys.argv,)` inside a method of R (open_receiver
#   takes R for library-free).
#   Fix: drop random from plain_module (Random's methods read gauss_next, and
#   random/getrandbits bound on the instance), or judge library-attribute stores
#   on any instance of a class with a library base, at every depth (M_ALL).
import logging  # unittest resolves "logging.os.environ" from __main__
import random
import sys
import unittest


class R(random.Random):
    pass


r = R()
r.gauss_next = (sys.argv,)
names = r.gauss((), 1)[0]
print("names is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)  # the loader's TypeError message prints os.environ
