# expect: reject store
# line: 14
# why: the red team's round 25v ok_05 (its header below): a call of a name a program decorator binds (a def, a method, a constructor) is a call of what the decorator returned: every argument reaches every function that may be a value
# goal: prints os.environ (serious), as ok_01.
# mechanism: the decorator returns a LAMBDA `lambda a, b: b.append(...)`; run(0, sys.argv) calls it.
#   (a lambda is linked by fan_arg_back only from opaque calls; the decorated name's call is CK_DEF.)
# rule slipped: store. family/principle: as ok_01.
import logging
import sys
import unittest


def traced(f):
    return lambda a, b: b.append("logging.os.environ")


@traced
def run(x, y):
    return 0


run(0, sys.argv)
unittest.main(exit=False)
