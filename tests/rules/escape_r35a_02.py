# expect: reject store
# line: 25
# why: round 35a ok_01's variant: the separator is a types.SimpleNamespace whose join holds the partial
# variant of ok_01 (same root): the duck method `join` given as a keyword of
# types.SimpleNamespace(...) instead of a namedtuple field; accepted, names is sys.argv.
import collections
import functools
import logging
import string
import sys
import types
import unittest




class W:
    def split(self, sep):
        return []


sep = types.SimpleNamespace(join=functools.partial(next, iter([sys.argv])))
names = string.capwords(W(), sep)
print("names is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)
