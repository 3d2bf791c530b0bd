# expect: reject store
# line: 23
# why: the red team's round 26k ok_06 (its header below): in a chained assignment every target is the same object, so a target binds the name alone only where its assignment stands alone
# goal: prints os.environ (serious).
# mechanism: [h] = z = [{}] -- the OUTER target of the chain is an unpacking pattern: h is bound to z's ELEMENT (the
#   inner dict); h[0] = run fills it; es.callback(getitem(getitem(z, 0), 0), sys.argv) -> run(sys.argv).
# rule slipped: store: as ok_01: wk_sole_assignment(z) = the inner assignment `z = [{}]`, name_filled(z) sees only
#   z's own binding occurrence (reads_only assignment branch: left -> true); the outer unpacking is never linked.
#   Also `h = y = z = {}` (three targets) and `h = z = {1: 2}` (consts display) are accepted the same way.
# family A (chained assignment aliases); shows the fix must cover every target shape of a chain (names, patterns,
#   subscripts/attributes), not only a second plain name.
# principle: as ok_01: an assignment that is the right side of another assignment hands its value on: refuse it as
#   a "sole assignment", or judge all targets of the chain (with element depth for pattern targets) as one object.
# verify: checker exit 0; python3 THIS -> environ({...}).
import contextlib
import logging
import operator
import sys
import unittest


def run(x, *a):
    x.append("logging.os.environ")
    return 0


[h] = z = [{}]
h[0] = run
es = contextlib.ExitStack()
es.callback(operator.getitem(operator.getitem(z, 0), 0), sys.argv)
es.close()
print(sys.argv)
unittest.main(exit=False)
