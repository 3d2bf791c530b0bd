# expect: reject store
# line: 8
# why: family of round 42b ok_01: functools' GenericAlias
import functools
import sys

names = functools.GenericAlias(sys.argv, ())
names.append("y")
print(sys.argv)
