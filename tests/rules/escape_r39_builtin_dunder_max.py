# expect: reject store
# line: 13
# why: family of round 39a ok_02: __add__ = max returns the other operand's largest item
import sys


class K:
    __add__ = max


names = K() + [sys.argv]
print(names is sys.argv)
names.append("x")
