# expect: reject store
# line: 11
# why: round 54b family B: as put(d, holder) above, then sys.argv rewritten and unittest.main run to print the environment
import sys, unittest, logging
holder = []
def put(x, v):
    x.append(v)
d = []
put(d, holder)
d[0].append(sys.argv)
holder[0][1:] = ["logging.os.environ.copy"]
unittest.main()
