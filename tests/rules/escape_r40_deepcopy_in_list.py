# expect: reject store
# line: 8
# why: family of round 40b ok_02: a deep copy of a list holding a bound method holds the same method
import copy
import sys

names = copy.deepcopy([[sys.argv].pop])[0]()
names.append("y")
print(names is sys.argv)
