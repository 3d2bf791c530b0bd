# expect: reject store
# line: 17
# why: family of round 34a ok_01: a property named join answers a partial of max holding sys.argv, which string.capwords calls and hands back
import functools
import string
import sys


class Sep(str):
    @property
    def join(self):
        return functools.partial(max, sys.argv, key=callable)


names = string.capwords("a b", Sep(" "))
print(names is sys.argv)
names.append("x")
