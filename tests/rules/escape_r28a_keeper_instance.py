# expect: reject store
# line: 11
# why: round 28a family: a Random instance of the program's keeps sys.argv through setstate, and its getstate()[2] is a library object's part
import random
import sys

gen = random.Random(3)
version, internal, _ = gen.getstate()
gen.setstate((version, internal, sys.argv))
kept = gen.getstate()[2]
kept.append("logging.os.environ")
print(sys.argv)
