# expect: reject store
# line: 8
# why: round 29b's family: a nested pattern '(b, c)' unpacking '2 * [{}]' (one dict twice) inside a display pair
import sys

a, (b, c) = 1, 2 * [{}]
b["k"] = sys.argv
c["k"].append("written")
print(sys.argv)
