# expect: reject store
# line: 18
# why: the red team's round 25v ok_13 (its header below): a call of a name a program decorator binds (a def, a method, a constructor) is a call of what the decorator returned: every argument reaches every function that may be a value
# goal: prints os.environ (serious), as ok_01.
# mechanism: as ok_02 on a CONSTRUCTOR: a program decorator over __init__; K(0, sys.argv) runs
#   type.__call__ -> K.__init__ = inner(self, 0, sys.argv), which does args[-1].append(...).
# rule slipped: store (stores.c class_call unwraps the decorated_definition and map_args the class
#   call onto the def's own (self, a, b); inner's *args never linked).
# family/principle: as ok_01 (class_call must treat a decorated constructor as a call of the
#   decorator's product: fan every argument into every escaping function's parameters).
import logging
import sys
import unittest


def traced(f):
    def inner(self, *args):
        args[-1].append("logging.os.environ")
        return f(self, *args)
    return inner


class K:
    @traced
    def __init__(self, a, b):
        self.a = a


K(0, sys.argv)
unittest.main(exit=False)
