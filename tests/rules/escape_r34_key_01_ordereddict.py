# expect: reject store
# line: 10
# why: family of round 34b ok_01: collections.OrderedDict(key=sys.argv)['key'] is sys.argv
import collections
import sys

od = collections.OrderedDict(key=sys.argv)
names = od["key"]
print(names is sys.argv)
names.append("x")
