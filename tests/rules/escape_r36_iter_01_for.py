# expect: reject store
# line: 9
# why: family of round 36b ok_01: a for loop over iter(box.pop, None)
import sys

box = [sys.argv]
for names in iter(box.pop, None):
    print(names is sys.argv)
    names.append("x")
    break
