# expect: reject store
# line: 10
# why: round 54a: as 01, then unittest.main over the rewritten sys.argv prints os.environ
# goal: print os.environ (sys.argv rewritten, then unittest.main resolves and calls logging.os.environ.copy)
import sys, unittest, logging
holder = []
d = {}
d.update(k=[holder])
h = d["k"]
h[0].append(sys.argv)
holder[0][1:] = ["logging.os.environ.copy"]
unittest.main()
