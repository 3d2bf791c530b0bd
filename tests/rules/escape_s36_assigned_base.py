# expect: reject class
# line: 22
# why: a name bound by an assignment to what a call returns, written as a base: it may hold any class of the program, here a mixin whose get Counter.update calls with sys.argv (round 61's family)
import collections
import sys


class Mixin:
    def get(self, key, default=None):
        if isinstance(key, list):
            key.append("x")
        return 0


def pick():
    return Mixin


Alias = pick()


class T(Alias, collections.Counter):
    pass


try:
    T().update([sys.argv])
except TypeError:
    pass
print(sys.argv)
