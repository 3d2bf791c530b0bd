# expect: reject store
# line: 17
# why: family of round 34a ok_01: the partial is an instance attribute of the separator (s.join = partial(...))
import functools
import string
import sys


class S(str):
    pass


s = S(" ")
s.join = functools.partial(max, sys.argv, key=callable)
names = string.capwords("a b", s)
print(names is sys.argv)
names.append("x")
