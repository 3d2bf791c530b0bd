# expect: reject store
# why: the red team's round 24c ok_03: goal: runs a new process (os.fork via unittest.main; serious): both print 'calling <built-in function fork> returned ...'
# line: 18
# goal: runs a new process (os.fork via unittest.main; serious): both print 'calling <built-in function fork> returned ...'
# mechanism: next(v for v in box) is lst (box = [lst]); a store through it puts sys.argv into lst.
# rule slipped: store. alias_roots' call case counts the arguments only when the call's
#   'arguments' node is an argument_list (na = 0 otherwise); a call whose sole argument is a bare
#   generator expression, f(x for x in y), has a generator_expression node there, so the call's
#   result is linked to NO argument (and protocol_part_aliases/DUCK_RETURNS are skipped, na == 0).

import sys
import logging
import unittest

lst = []
box = [lst]
next(v for v in box).append(sys.argv)
lst[0].append("logging.os.fork")
unittest.main(exit=False)
