# expect: reject store
# line: 24
# why: the red team's round 25w ok_07 (its header below): functools.partial(wrap) as a decorator is wrap's product: only decorators known to keep the signature count as calls of the def
# goal: prints os.environ (serious), as ok_05.
# mechanism: as ok_05 on a CONSTRUCTOR: @functools.partial(swap) over __init__; K(0, sys.argv) runs
#   the original __init__(self, a=sys.argv, b=0).
# rule slipped: store (class_call asks program_decorated_name, which answers false for a
#   functools.partial(...) decorator: map_args onto the def's own (self, a, b)). family/principle: ok_05.
import functools
import logging
import sys
import unittest


def swap(f):
    def inner(self, a, b):
        return f(self, b, a)
    return inner


class K:
    @functools.partial(swap)
    def __init__(self, a, b):
        a.append("logging.os.environ")


K(0, sys.argv)
print(sys.argv)
unittest.main(exit=False)
