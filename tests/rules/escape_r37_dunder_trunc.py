# expect: reject store
# line: 15
# why: family of round 37b ok_01: __trunc__ bound in a class body to a functools.partial whose call answers sys.argv
import functools
import math
import sys


class K:
    __trunc__ = functools.partial(next, iter([sys.argv]))


names = math.trunc(K())
print(names is sys.argv)
names.append("x")
