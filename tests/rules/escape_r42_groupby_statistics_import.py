# expect: reject store
# line: 8
# why: family of round 42b ok_02: the re-export bound by a from-import
import sys
from statistics import groupby

names = next(groupby([0], [sys.argv].pop))[0]
names.append("y")
print(names is sys.argv)
