# expect: reject store
# line: 8
# why: round 29b's family: dict.fromkeys(ks, list()) makes every value the one list list() made
import sys

first, second = dict.fromkeys("ab", list()).values()
first.append(sys.argv)
second[0].append("written")
print(sys.argv)
