# expect: reject store
# line: 14
# why: the red team's round 25w ok_33 (its header below): a library callable that calls or binds a callable it is handed (partial, map, reduce, starmap, Thread...), itself handed on with its callable slot open, may call any function value with any value
# goal: prints os.environ (serious), as ok_30.
# mechanism: map(functools.reduce, [run], [[sys.argv]], [0]) -> reduce(run, [sys.argv], 0) -> run(0, sys.argv).
# rule slipped: store. family/principle: ok_30.
import functools
import logging
import sys
import unittest


def run(n, x):
    x.append("logging.os.environ")
    return 0


list(map(functools.reduce, [run], [[sys.argv]], [0]))
print(sys.argv)
unittest.main(exit=False)
