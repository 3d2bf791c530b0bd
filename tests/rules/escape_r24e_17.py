# expect: reject store
# why: the red team's round 24d ok_17: goal: runs a new process (os.fork via unittest.main's name resolution; serious): parent and child
# line: 16
# goal: runs a new process (os.fork via unittest.main's name resolution; serious): parent and child
#   both print "calling <built-in function fork> returned ..." (unittest calls the resolved callable)
# mechanism: for f in [box.pop]: f() is lst; sys.argv goes into lst, 'logging.os.fork' into sys.argv.
# rule slipped: store; a bound method held in a for target feeds no "()f" (see ok_01): only the
#   plain `NAME = R.m` binding (iter == 0, attribute value) links "()NAME" to R.

import sys
import unittest

lst = []
box = [lst]
for f in [box.pop]:
    f().append(sys.argv)
lst[0].append("logging.os.fork")
import logging

unittest.main(exit=False)
