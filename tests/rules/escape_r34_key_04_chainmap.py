# expect: reject store
# line: 9
# why: family of round 34b ok_01: a ChainMap over dict(key=sys.argv) answers the value for 'key'
import collections
import sys

names = collections.ChainMap(dict(key=sys.argv))["key"]
print(names is sys.argv)
names.append("x")
