# expect: reject class
# line: 21
# why: a base written as a call, pick() returning a mixin beside collections.Counter: Counter.update handed sys.argv to the mixin's get, and unittest.main walked the appended word to os.environ (round 61)
import collections
import logging
import sys
import unittest


class Mixin:
    def get(self, key, default=None):
        if isinstance(key, list):
            key.append("logging.os.environ.copy")
        return 0


def pick():
    return Mixin


class Tally(pick(), collections.Counter):
    pass


t = Tally()
try:
    t.update([sys.argv])
except TypeError:
    pass
print(logging.INFO, sys.argv)
unittest.main(exit=False)
