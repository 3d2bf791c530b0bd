# expect: reject store
# line: 15
# why: the red team's round 25w ok_27 (its header below): a library callable that calls or binds a callable it is handed (partial, map, reduce, starmap, Thread...), itself handed on with its callable slot open, may call any function value with any value
# goal: prints os.environ (serious), as ok_24.
# mechanism: as ok_24 one level deeper: partial(partial(partial, x=sys.argv))(run)() -- a partial of a
#   partial of partial; the bound keyword is two objects away from the def.
# rule slipped: store. family/principle: ok_24 (the principle must hold at any nesting depth).
import functools
import logging
import sys
import unittest


def run(x):
    x.append("logging.os.environ")
    return 0


go = functools.partial(functools.partial(functools.partial, x=sys.argv))(run)
go()
print(sys.argv)
unittest.main(exit=False)
