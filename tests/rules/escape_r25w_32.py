# expect: reject store
# line: 20
# why: the red team's round 25w ok_32 (its header below): a library callable that calls or binds a callable it is handed (partial, map, reduce, starmap, Thread...), itself handed on with its callable slot open, may call any function value with any value
# goal: prints os.environ (serious), as ok_30.
# mechanism: threading.Thread(target=functools.reduce, args=(run, [sys.argv], 0)): the thread runs
#   reduce(run, [sys.argv], 0) -> run(n=0, x=sys.argv). Controls: Thread(target=operator.call,
#   args=(run, sys.argv)) (no_22) and executor.submit(functools.reduce, run, [sys.argv], 0) (no_23) refused.
# rule slipped: store. The Thread(target=F, args=...) row fans args into F when F is (or may be) a program
#   function; F = functools.reduce is the library's, so run (an args element) and [sys.argv] are never
#   combined into a call of run.
# family/principle: ok_30 (a library higher-order callable as a value: here as a thread target).
import functools
import logging
import sys
import threading
import unittest


def run(n, x):
    x.append("logging.os.environ")
    return 0


t = threading.Thread(target=functools.reduce, args=(run, [sys.argv], 0))
t.start()
t.join()
print(sys.argv)
unittest.main(exit=False)
