# expect: reject store
# line: 15
# why: the red team's round 25w ok_29 (its header below): a library callable that calls or binds a callable it is handed (partial, map, reduce, starmap, Thread...), itself handed on with its callable slot open, may call any function value with any value
# goal: prints os.environ (serious), as ok_24.
# mechanism: as ok_28 with itertools.starmap(functools.partial, [(run, sys.argv)]).
# rule slipped: store. family/principle: ok_28.
import functools
import itertools
import logging
import sys
import unittest


def run(x):
    x.append("logging.os.environ")
    return 0


for p in itertools.starmap(functools.partial, [(run, sys.argv)]):
    p()
print(sys.argv)
unittest.main(exit=False)
