# expect: reject store
# line: 19
# why: family of round 35a ok_01: the namedtuple's fields given as a list and join by keyword
import collections
import functools
import string
import sys

T = collections.namedtuple("T", ["x", "join"])


class W:
    def split(self, sep):
        return []


names = string.capwords(W(), T(1, join=functools.partial(next, iter([sys.argv]))))
print(names is sys.argv)
names.append("x")
