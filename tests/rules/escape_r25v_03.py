# expect: reject store
# line: 16
# why: the red team's round 25v ok_03 (its header below): a call of a name a program decorator binds (a def, a method, a constructor) is a call of what the decorator returned: every argument reaches every function that may be a value
# goal: prints os.environ (serious), as ok_01.
# mechanism: as ok_02 on a METHOD: @traced over K.run; K().run(sys.argv) calls inner(self, v) with
#   v = sys.argv; inner does v.append(...).
# rule slipped: store: CK_METHOD by name maps the arguments onto run's own (self, y); inner's v is never
#   linked. family/principle: as ok_01.
import logging
import sys
import unittest


def traced(f):
    def inner(self, v):
        v.append("logging.os.environ")
        return f(self, v)
    return inner


class K:
    @traced
    def run(self, y):
        return 0


K().run(sys.argv)
unittest.main(exit=False)
