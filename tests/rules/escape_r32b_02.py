# expect: reject store
# line: 48
# why: round 32b ok_02: random.triangular(sys.argv, Zero(), One()) answers low from its except branch: hands_back, found by the audit's Flat marker
# ok_02 -- goal 1 (prints os.environ) via goal 3 (appends to sys.argv): the
#          sys.argv / unittest.main lever.
#   SAME CHECKER ROOT as ok_01 (hands_back() is an incomplete enumeration of the
#   text modules' functions that return an argument), but a different LIBRARY
#   mechanism: an EXCEPTION path that returns a parameter, which no marker-shape
#   audit reaches without program operator methods.
#
# Mechanism: random.triangular(low, high, mode) (Lib/random.py):
#       try:
#           c = 0.5 if mode is None else (mode - low) / (high - low)
#       except ZeroDivisionError:
#           return low
#   With mode.__sub__ answering 1 and high.__sub__ answering 0, the division
#   raises ZeroDivisionError and `low` -- sys.argv -- is returned ITSELF.
#   The program's operator methods return plain ints; nothing they return is a
#   module value.
#
# Why the checker missed it: "random" is a text_module(), so builds_new() is
#   true and call_mask0_as() takes random.triangular(...) for a new value holding
#   its arguments' parts at the same depth (M_SELF of sys.argv dropped at depth
#   0; nests_arguments() adds it at depth 1 only).  random.triangular is not in
#   hands_back().  tests/checker/builds_new_audit.py cannot find it: its marker
#   arguments make (mode - low) raise TypeError, not ZeroDivisionError.
#   Fix: hands_back() for random.triangular; better, treat depth 0 of a text
#   module function's positional arguments as handed back unless the function
#   is on an allow-list audited to return only numbers/text.
import logging  # unittest resolves "logging.os.environ" from __main__
import random
import sys
import unittest


class One:
    def __sub__(self, other):
        return 1


class Zero:
    def __sub__(self, other):
        return 0


names = random.triangular(sys.argv, Zero(), One())
print("names is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)
