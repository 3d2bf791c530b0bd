# expect: reject store
# line: 29
# why: round 35a near_01: the partial stored as an attribute of the separator (sep.join = partial(...)), refused before and after
# near_01 -- REFUSED (store, line 21): the same as ok_01 but the callable under
# `join` is set by an attribute store `sep.join = partial(...)`: that store makes
# a key "join", which duck_bound_keys() lists, so method_returns_mask() adds it.
# Shows the hole in ok_01 is specifically the key-less binding (library keyword /
# namedtuple field), not capwords or the partial.
import functools
import logging
import string
import sys
import unittest


class W:
    def split(self, sep):
        return []


class J:
    pass


sep = J()
sep.join = functools.partial(next, iter([sys.argv]))
names = string.capwords(W(), sep)
print("names is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
