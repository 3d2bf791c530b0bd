# expect: reject store
# line: 9
# why: round 29b's family: itertools.repeat([], 2) hands out one new list twice; the unpacked targets are linked through the object unpacked
import itertools
import sys

inbox, names = itertools.repeat([], 2)
inbox.append(sys.argv)
names[0].append("written")
print(sys.argv)
