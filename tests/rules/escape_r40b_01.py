# expect: reject store
# line: 32
# why: round 40b ok_01: random.setstate keeps its argument's third part as the shared generator's gauss_next, which gauss hands back: where the program names setstate, gauss and getstate answer anything a module holds (random_state_mask)
# ok_01 -- goal 1 (prints os.environ) via goal 3 (appends to sys.argv, the list the
#          sys module holds): the sys.argv / unittest.main lever.
#
# Mechanism: random's MODULE-LEVEL state. random.setstate((3, internal, gauss_next))
#   stores its third field as the hidden instance's gauss_next (random.py,
#   Random.setstate: `version, internalstate, self.gauss_next = state`). The
#   module function random.gauss(mu, sigma) is _inst.gauss, which returns
#   mu + gauss_next*sigma when gauss_next is not None: () + (sys.argv,)*1 is that
#   very tuple. sys.argv goes in at depth 2 (inside the setstate argument) and comes
#   back at depth 1, lifted, from a call the checker takes for a new number.
#
# Why the checker missed it (analyzer/stores.c): builds_new() trusts every function
#   of a text_module() (random is one) except hands_back(); random.gauss is neither
#   in hands_back() nor in shared_call()'s keeper list, which (round 28a) names only
#   random.getstate as reading back what setstate kept. Round 38b/39a/39b closed the
#   same read-back on a Random INSTANCE (gauss_next store, data_method "gauss"), not
#   on the module's hidden instance fed through setstate. The setstate call itself
#   is judged as a call with an argument, not as a store into library state.
#   Fix: random.setstate's argument is a store into the module (refuse anything but
#   a getstate() value), or list gauss/normalvariate/lognormvariate... as keepers.
import logging  # unittest resolves "logging.os.environ" from __main__
import random
import sys
import unittest

random.setstate((3, random.getstate()[1], (sys.argv,)))
names = random.gauss((), 1)[0]
print("names is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)  # the loader's error message prints os.environ
