# expect: reject store
# line: 8
# why: family of round 34b ok_01: the keyword's value comes back through dict(key=...).values()
import sys

names = list(dict(key=sys.argv).values())[0]
print(names is sys.argv)
names.append("x")
