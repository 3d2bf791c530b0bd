# expect: reject store
# line: 11
# why: round 28a family: random.getstate() bound, then its item changed in place with +=
import random
import sys

version, internal, _ = random.getstate()
random.setstate((version, internal, sys.argv))
saved = random.getstate()
kept = saved[2]
kept += ["logging.os.environ"]
print(sys.argv)
