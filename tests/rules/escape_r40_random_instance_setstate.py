# expect: reject store
# line: 10
# why: family of round 40b ok_01: an instance's setstate, read back by its getstate
import random
import sys

r = random.Random(1)
r.setstate((3, r.getstate()[1], (sys.argv,)))
names = r.getstate()[2][0]
names.append("y")
print(names is sys.argv)
