# expect: reject store
# line: 17
# why: the red team's round 25w ok_21 (its header below): a library callable that calls or binds a callable it is handed (partial, map, reduce, starmap, Thread...), itself handed on with its callable slot open, may call any function value with any value
# goal: prints os.environ (serious), as ok_18.
# mechanism: as ok_18, the partial-bound def called through a list loop (f = run: an opaque call) and an
#   alias y = x inside: still nothing links x to sys.argv.
# rule slipped: store. family/principle: ok_18.
import functools
import logging
import sys
import unittest


@functools.partial(functools.partial, x=sys.argv)
def run(x):
    y = x
    y.append("logging.os.environ")
    return 0


for f in [run]:
    f()
print(sys.argv)
unittest.main(exit=False)
