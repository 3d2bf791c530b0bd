# expect: reject store
# line: 22
# why: the red team's round 25v ok_14 (its header below): a call of a name a program decorator binds (a def, a method, a constructor) is a call of what the decorator returned: every argument reaches every function that may be a value
# goal: prints os.environ (serious), as ok_01.
# mechanism: as ok_01 (argument swap) on __init__: K(0, sys.argv) runs the original __init__(self,
#   a=sys.argv, b=0); the checker links a to 0.
# rule slipped: store (class_call, map_args onto the decorated def). family/principle: as ok_13.
import logging
import sys
import unittest


def swap(f):
    def inner(self, a, b):
        return f(self, b, a)
    return inner


class K:
    @swap
    def __init__(self, a, b):
        a.append("logging.os.environ")


K(0, sys.argv)
unittest.main(exit=False)
