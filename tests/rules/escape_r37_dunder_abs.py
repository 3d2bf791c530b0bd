# expect: reject store
# line: 15
# why: family of round 37b ok_01: __abs__ bound in a class body to a functools.partial whose call answers sys.argv
import functools
import math
import sys


class K:
    __abs__ = functools.partial(next, iter([sys.argv]))


names = abs(K())
print(names is sys.argv)
names.append("x")
