# expect: reject store
# line: 10
# why: round 54b: a starred subscript or attribute target parses as a subscript of a starred name, not the target CPython binds (a new list of the value's items): refused, bind a name first
# goal: print os.environ (sys.argv rewritten through the unlinked starred
# subscript target, then unittest.main resolves logging.os.environ.copy and
# prints what it returns)
import sys, unittest, logging
holder = []
d = {}
*d["k"], = [holder]
d["k"][0].append(sys.argv)
holder[0][1:] = ["logging.os.environ.copy"]
unittest.main()
