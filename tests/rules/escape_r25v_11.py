# expect: reject store
# line: 23
# why: the red team's round 25v ok_11 (its header below): a call of a name a program decorator binds (a def, a method, a constructor) is a call of what the decorator returned: every argument reaches every function that may be a value
# goal: prints os.environ (serious), as ok_01.
# mechanism: as ok_01 under @staticmethod: a program decorator @register returns
#   `lambda *a: f(*reversed(a))`; K.run(0, sys.argv) runs the original run(x=sys.argv, y=0).
# rule slipped: store: K.run is CK_METHOD by name, receiver_binding says static, map_args links
#   (0, sys.argv) to (x, y) positionally; the decorator's lambda product is never the callee.
# family/principle: as ok_01.
import logging
import sys
import unittest


def register(f):
    return lambda *a: f(*reversed(a))


class K:
    @staticmethod
    @register
    def run(x, y):
        x.append("logging.os.environ")
        return 0


K.run(0, sys.argv)
unittest.main(exit=False)
