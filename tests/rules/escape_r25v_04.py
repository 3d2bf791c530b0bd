# expect: reject store
# line: 16
# why: the red team's round 25v ok_04 (its header below): a call of a name a program decorator binds (a def, a method, a constructor) is a call of what the decorator returned: every argument reaches every function that may be a value
# goal: prints os.environ (serious), as ok_01.
# mechanism: as ok_02 through a DECORATOR FACTORY (@traced(1)): deco returns inner(a, b), which does
#   b.append(...). run(0, sys.argv) is inner(0, sys.argv).
# rule slipped: store (decorated name's call mapped onto the def). family/principle: as ok_01.
import logging
import sys
import unittest


def traced(n):
    def deco(f):
        def inner(a, b):
            b.append("logging.os.environ")
            return f(a, b)
        return inner
    return deco


@traced(1)
def run(x, y):
    return 0


run(0, sys.argv)
unittest.main(exit=False)
