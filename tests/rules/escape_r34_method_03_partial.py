# expect: reject store
# line: 15
# why: family of round 34a ok_01: the class body binds join to a partial of max holding sys.argv; string.capwords(s, sep) calls sep.join and hands back max's answer, the partial's argument
import functools
import string
import sys


class S(str):
    join = functools.partial(max, sys.argv, key=callable)


names = string.capwords("a b", S(" "))
print(names is sys.argv)
names.append("x")
