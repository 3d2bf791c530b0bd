# expect: reject store
# line: 22
# why: the red team's round 25z ok_08 (its header below): a library callable with a callable among its positional parameters (nsmallest's key, ThreadPoolExecutor's initializer...), or one bound to another name by an import alias, handed on as a value, may call any function value with any value
# goal: prints os.environ (serious), as ok_01.
# mechanism: from threading import Thread as TT; U = TT; map(U, [None], [run], [None], [(sys.argv,)])[0].run() -> run(sys.argv).
# rule slipped: store (as ok_05).
# family: "a caller judged by its spelling" (25y caller_values) -- the scan is keyed by the original name's TEXT;
#   an import-as alias renames it, and the alias's own uses are never visited.
# principle: key the scan on bindings, not text: any name bound by an import (as-alias included) to a listed
#   caller is itself a caller name -- add every such alias to the scan list (iterate to a fixpoint through plain
#   assignments), or refuse import-as aliases (and assignments) of the listed callers outright.
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


from threading import Thread as TT
U = TT
list(map(U, [None], [run], [None], [(sys.argv,)]))[0].run()
print(sys.argv)
unittest.main(exit=False)
