# expect: reject store
# line: 8
# why: family of round 40b ok_03: after a splat any argument may be groupby's key
import itertools
import sys

names = next(itertools.groupby(*[[0], [sys.argv].pop]))[0]
names.append("y")
print(names is sys.argv)
