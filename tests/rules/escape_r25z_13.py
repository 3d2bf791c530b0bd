# expect: reject store
# line: 19
# why: the red team's round 25z ok_13 (its header below): a library callable with a callable among its positional parameters (nsmallest's key, ThreadPoolExecutor's initializer...), or one bound to another name by an import alias, handed on as a value, may call any function value with any value
# goal: prints os.environ (serious), as ok_01.
# mechanism: threading.Thread(target=heapq.nsmallest, args=(1, [sys.argv], run)): the thread runs nsmallest(1, [sys.argv], run) -> run(sys.argv).
# rule slipped: store: Thread is a known caller, but its target, a module attribute not in names_operator_call, is no function (maybe_function false),
#   so fan_to_escaping is never called for run (a tuple element).
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


t = threading.Thread(target=heapq.nsmallest, args=(1, [sys.argv], run))
t.start()
t.join()
print(sys.argv)
unittest.main(exit=False)
