# expect: reject store
# line: 14
# why: the red team's round 25w ok_31 (its header below): a library callable that calls or binds a callable it is handed (partial, map, reduce, starmap, Thread...), itself handed on with its callable slot open, may call any function value with any value
# goal: prints os.environ (serious), as ok_30.
# mechanism: itertools.starmap(map, [(run, [sys.argv])]) -> map(run, [sys.argv]), consumed.
# rule slipped: store. family/principle: ok_30.
import itertools
import logging
import sys
import unittest


def run(x):
    x.append("logging.os.environ")
    return 0


for m in itertools.starmap(map, [(run, [sys.argv])]):
    list(m)
print(sys.argv)
unittest.main(exit=False)
