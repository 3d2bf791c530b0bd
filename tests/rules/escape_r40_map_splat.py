# expect: reject store
# line: 7
# why: family of round 40b ok_03: after a splat any argument may be map's function
import sys

names = next(map(*[[sys.argv].pop, [0]]))
names.append("y")
print(names is sys.argv)
