# expect: reject store
# line: 17
# why: the red team's round 26b ok_03 (its header below): a splat of anything but a display hands out what program code makes (an __iter__, keys(), a container filled after its binding): it may hold the callable
# goal: prints os.environ (serious), as ok_01.
# mechanism: a = [None, None]; a[0] = run; a[1] = sys.argv; es.callback(*a); es.close() -> run(sys.argv).
# rule slipped: store (as ok_02: maybe_function(a) reads `[None, None]`, the sole `=` binding; the item stores are
#   not read). Control: a = []; a.append(run); ... is refused; a += [run, sys.argv] is refused.
# family/principle: as ok_02.
import contextlib
import logging
import sys
import threading
import unittest


def run(x):
    x.append("logging.os.environ")
    return 0


a = [None, None]
a[0] = run
a[1] = sys.argv
es = contextlib.ExitStack()
es.callback(*a)
es.close()
print(sys.argv)
unittest.main(exit=False)
