# expect: reject store
# line: 18
# why: the red team's round 26n ok_17 (its header below): the arguments given to operator.methodcaller with its name reach whatever callable the name finds, `__call__` of any function value, a class body's alias or staticmethod of a def, a store into a class: every def that may be a value and every lambda
# goal: prints os.environ (serious)
# mechanism: operator.methodcaller("__call__", sys.argv)(functools.partial(run)) (a partial as the receiver)
# rule slipped: store: as ok_01 (family MC; see ok_01 header for family and principle)
# verify: checker exit 0; python3 THIS -> TypeError: don't know how to make test from: environ({...})
import contextlib
import functools
import itertools
import logging
import operator
import sys
import unittest


def run(x, *a):
    x.append("logging.os.environ")
    return 0


operator.methodcaller("__call__", sys.argv)(functools.partial(run))
print(sys.argv)
unittest.main(exit=False)
