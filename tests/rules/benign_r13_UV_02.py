# expect: accept
# why: issue 13 (library classes are no first-class values): more honest uses: map over a library class, a loop over library classes asked by name and isinstance, an alias in a function, identity with type(x), library decorators called by hand as statements

import collections
import functools
import typing
import unittest
from collections import Counter, UserList

print(list(map(Counter, ["ab", "bb"]))[1]["b"])


def describe(value: object) -> str:
    names = []
    for kind in (Counter, UserList, collections.ChainMap):
        if isinstance(value, kind):
            names.append(kind.__name__)
    return ",".join(names) or "other"


def build(flag: bool) -> typing.Sized:
    Maker = collections.Counter if flag else collections.UserList
    return Maker("abc")


class T(unittest.TestCase):
    def test_a(self):
        pass


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v


unittest.skip("later")(T)
functools.total_ordering(K)
print(describe(Counter("a")), describe(UserList()), describe(3), len(build(True)))
print(type(Counter()) is Counter, K(1).v)
