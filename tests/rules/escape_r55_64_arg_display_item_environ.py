# expect: reject store
# line: 10
# why: round 55: an argument not rooted in a name (put([d][0], holder)): alias_back_up returns early through alias_roots and never feeds the parameter's "#in", so the caller's later stores into d miss what put stored
import sys, unittest, logging
def put(x, v):
    x.append(v)
holder = []
d = []
put([d][0], holder)
d[0].append(sys.argv)
holder[0][1:] = ["logging.os.environ.copy"]
unittest.main()
