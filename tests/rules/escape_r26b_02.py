# expect: reject store
# line: 21
# why: the red team's round 26b ok_02 (its header below): a splat of anything but a display hands out what program code makes (an __iter__, keys(), a container filled after its binding): it may hold the callable
# goal: prints os.environ (serious), as ok_01.
# mechanism: d = {}; d['target'] = run; d['args'] = (sys.argv,); threading.Thread(**d).start() -> run(sys.argv).
# rule slipped: store. maybe_function(d) looks at d's sole `=` binding, `{}` (an empty display: no function), and
#   ignores the item stores that fill it afterwards; splat_callback thus stays off; Thread's target= and args= are
#   not written as keywords, so nothing fans sys.argv into run.
# family: "a callable hidden from maybe_function" -- a container judged by its binding, not by what is stored in it.
# principle: maybe_function of a name must include every store into it (item stores, mutating methods, aliases,
#   augmented ops), i.e. use the alias/store events the store rule already has, not wk_sole_assignment's right side;
#   or simply: any splat into a caller counts as a hidden callable.
import contextlib
import logging
import sys
import threading
import unittest


def run(x):
    x.append("logging.os.environ")
    return 0


d = {}
d['target'] = run
d['args'] = (sys.argv,)
t = threading.Thread(**d)
t.start()
t.join()
print(sys.argv)
unittest.main(exit=False)
