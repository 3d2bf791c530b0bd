# expect: reject store
# line: 17
# why: the red team's round 25w ok_08 (its header below): functools.partial(wrap) as a decorator is wrap's product: only decorators known to keep the signature count as calls of the def
# goal: prints os.environ (serious), as ok_05.
# mechanism: @functools.partial(traced) with traced's inner(*args) writing args[-1] before calling f.
#   run(0, sys.argv) -> inner's args = (0, sys.argv).
# rule slipped: store (inner's *args never linked: the call is mapped onto run's own parameters).
# family/principle: ok_05.
import functools
import logging
import sys
import unittest


def traced(f):
    def inner(*args):
        args[-1].append("logging.os.environ")
        return f(*args)
    return inner


@functools.partial(traced)
def run(x, y):
    return 0


run(0, sys.argv)
print(sys.argv)
unittest.main(exit=False)
