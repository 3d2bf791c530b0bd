# expect: reject store
# line: 28
# why: the red team's round 28a ok_04: random.setstate((v, s, sys.argv)) keeps the list as the shared generator's gauss_next, and random.getstate()[2] hands it back
# ok_04 -- goal 1 (prints os.environ) -- SAME FAMILY AS ok_01 (module state that a
#          setter keeps and a getter hands back), in another module, to show the
#          flaw is not logging's alone: a fix keyed on addLevelName would miss it.
#
# Mechanism: random.setstate((3, internalstate, gauss_next)) stores gauss_next
#   as it is in the module's hidden Random instance (random._inst), and
#   random.getstate() returns (VERSION, internalstate, self.gauss_next): the third
#   item is the very object handed in -- here sys.argv.  Appending a dotted name
#   to it makes unittest.main(exit=False) resolve "logging.os.environ" and print
#   the environment in its TypeError (as ok_01).
#
# Why the checker missed it: analyzer/stores.c takes random's results for new
#   values ("modules whose results are numbers, builtin containers and iterators
#   of their arguments' parts": random is on that list, and getstate() has no
#   tainted argument), and setstate is a read of its argument.
import logging
import random
import sys
import unittest

state = random.getstate()
random.setstate((state[0], state[1], sys.argv))
names = random.getstate()[2]
print("random.getstate()[2] is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)
