# expect: reject store
# line: 27
# why: the red team's round 25z ok_04 (its header below): a library callable with a callable among its positional parameters (nsmallest's key, ThreadPoolExecutor's initializer...), or one bound to another name by an import alias, handed on as a value, may call any function value with any value
# goal: prints os.environ (serious), as ok_01.
# mechanism: from functools import partial as P; Q = P; map(Q, [run], [sys.argv]) -> partial(run, sys.argv); called.
# rule slipped: store (caller_values). caller_values scans the name index only for the 18 LITERAL names
#   ("partial", "call", ...). The one occurrence of "partial" is in the aliased_import, which it skips
#   (k == aliased_import: continue). The alias P is never scanned; at the map argument the value is Q, a plain
#   name bound to P: names_operator_call(Q) -> module_function resolves an import binding, not an assignment of
#   one, so higher_order_arg does not fire either. (Control: import functools as F; Q = F.partial is refused,
#   since "partial" is written there as the attribute and names_operator_call resolves F.)
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


from functools import partial as P
Q = P
list(map(Q, [run], [sys.argv]))[0]()
print(sys.argv)
unittest.main(exit=False)
