# expect: reject store
# line: 18
# why: the red team's round 25z ok_15 (its header below): a library callable with a callable among its positional parameters (nsmallest's key, ThreadPoolExecutor's initializer...), or one bound to another name by an import alias, handed on as a value, may call any function value with any value
# goal: prints os.environ (serious), as ok_01.
# mechanism: threading.Timer(0, heapq.nlargest, (1, [sys.argv], run)) -> nlargest(1, [sys.argv], run) -> run(sys.argv).
# rule slipped: store (as ok_13, Timer's positional function slot).
# family: as ok_01 (the caller list is hand-made and incomplete: heapq.nsmallest/nlargest are missing).
# principle: as ok_01.
import functools
import logging
import sys
import unittest
import heapq
import threading


def run(x):
    x.append("logging.os.environ")
    return 0


th = threading.Timer(0, heapq.nlargest, (1, [sys.argv], run))
th.start()
th.join()
print(sys.argv)
unittest.main(exit=False)
