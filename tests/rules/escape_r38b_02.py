# expect: reject store
# line: 25
# why: round 38b ok_02: r.gauss_next = (sys.argv,) on a random.Random(), then gauss((), 1) answers that tuple itself
# ok_02 -- goal 1 (prints os.environ) via goal 3 (appends to sys.argv).
#          Same root cause as ok_01 (data_method trusts the receiver), a second
#          library path, to show the table is the problem, not configparser.
#
# Mechanism: random.Random.gauss(mu, sigma) (random.py) reads the instance
#   attribute gauss_next and, when it is not None, returns `mu + z*sigma`.
#   The program stores z = (sys.argv,) on its own Random instance; with
#   sigma = 1 and mu = (), tuple repetition by 1 and `() + t` both hand back
#   the very same tuple object (CPython's identity shortcuts for exact tuples),
#   so gauss((), 1) is (sys.argv,) and [0] is sys.argv.
#
# Why the checker missed it (analyzer/stores.c): "gauss" is in data_method(),
#   so builds_new() takes `r.gauss(...)` for a new number whatever r holds; the
#   attribute store `r.gauss_next = ...` is keyed by a name the program never
#   reads (the library reads it). Arguments () and 1 carry nothing.
import logging  # unittest resolves "logging.os.environ" from __main__
import random
import sys
import unittest

r = random.Random()
r.gauss_next = (sys.argv,)
names = r.gauss((), 1)[0]
print("names is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)  # the loader's TypeError message prints os.environ
