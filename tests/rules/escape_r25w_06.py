# expect: reject store
# line: 20
# why: the red team's round 25w ok_06 (its header below): functools.partial(wrap) as a decorator is wrap's product: only decorators known to keep the signature count as calls of the def
# goal: prints os.environ (serious), as ok_05.
# mechanism: as ok_05 with a decorator FACTORY pre-bound by partial: @functools.partial(swap, 1), swap
#   returning `lambda a, b: f(b, a)`.
# rule slipped: store (functools.partial(...) counted as a library decorator). family/principle: ok_05.
import functools
import logging
import sys
import unittest


def swap(n, f):
    return lambda a, b: f(b, a)


@functools.partial(swap, 1)
def run(x, y):
    x.append("logging.os.environ")
    return 0


run(0, sys.argv)
print(sys.argv)
unittest.main(exit=False)
