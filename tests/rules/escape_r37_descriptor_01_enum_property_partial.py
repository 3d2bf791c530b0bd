# expect: reject store
# line: 19
# why: family of round 37b ok_03: enum.property over a partial of next: reading the attribute calls it
import enum
import functools
import sys


def getter(self):
    return sys.argv


class K:
    x = enum.property(functools.partial(next, iter([sys.argv])))


names = K().x
print(names is sys.argv)
names.append("x")
