# expect: reject store
# line: 19
# why: the red team's round 25z ok_09 (its header below): a library callable with a callable among its positional parameters (nsmallest's key, ThreadPoolExecutor's initializer...), or one bound to another name by an import alias, handed on as a value, may call any function value with any value
# goal: prints os.environ (serious), as ok_01.
# mechanism: from heapq import nsmallest as ns; map(ns, [1], [[sys.argv]], [run]) -> nsmallest(1, [sys.argv], run) -> run(sys.argv).
# rule slipped: store (ok_01's missing caller, spelled by an import alias: neither list names heapq.nsmallest).
# family: as ok_01 (the caller list is hand-made and incomplete).
# principle: as ok_01.
import functools
import logging
import sys
import unittest
import heapq
import concurrent.futures
import contextlib
import operator

def run(x):
    x.append("logging.os.environ")
    return 0


from heapq import nsmallest as ns
list(map(ns, [1], [[sys.argv]], [run]))
print(sys.argv)
unittest.main(exit=False)
