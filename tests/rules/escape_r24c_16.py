# expect: reject store
# why: the red team's round 24b ok_16: goal: runs a new process (os.fork, via unittest.main's name resolution; serious): parent and
# line: 16
# goal: runs a new process (os.fork, via unittest.main's name resolution; serious): parent and
#   child both print "calling <built-in function fork> returned <pid>/0, not a test"
# mechanism: (box * 1)[0] is lst (list repetition keeps element objects); sys.argv goes into lst
#   and 'logging.os.fork' into sys.argv; unittest.main(exit=False) resolves and calls it.
# rule slipped: store; operator values are linked only to OP_RETURNS (see ok_04, ok_15).

import sys
import unittest

lst = []
box = [lst]
(box * 1)[0].append(sys.argv)
lst[0].append("logging.os.fork")
import logging

unittest.main(exit=False)
