# expect: reject store
# line: 9
# why: round 55: a store whose receiver is an expression (walrus, conditional, or/and, display subscript): call_rooted_key files it under a temp key "(item@N)", which two_way() excludes, so d's later stores never reach it
import sys, unittest, logging
holder = []
d = [[]]
(d[0] if d else d[0]).append(holder)
d[0][0].append(sys.argv)
holder[0][1:] = ["logging.os.environ.copy"]
unittest.main()
