# expect: reject store
# line: 24
# why: the red team's round 25y ok_05 (its header below): a library callable that calls or binds what it is handed, used as a value by any spelling (an alias, a conditional), makes every function value take anything
# goal: prints os.environ (serious), as ok_01.
# mechanism: T = threading.Thread; map(T, [None], [run], [None], [(sys.argv,)]) builds Thread(None, run, None, (sys.argv,)); .run() calls run(sys.argv).
# rule slipped: store (names_operator_call: alias of Thread).
# family: "a library callable that calls or binds what it is handed, handed on as a value" (25w names_operator_call)
#   -- recognised only when written as `module.attr` (or an import binding) at the argument itself.
# principle: judge a value, not its spelling: a name bound (anywhere, once or more) to a value that may be one of
#   the callers (names_operator_call's list, map/filter) IS that caller -- resolve plain assignments, conditional
#   expressions (both arms), and any expression whose value the checker cannot name must count as 'may be a
#   caller' (set opaque_callback whenever a non-program callable of unknown identity is handed to a known caller),
#   or refuse binding these callables to names/any expression other than a direct call.
import functools
import itertools
import logging
import operator
import sys
import threading
import unittest


def run(x):
    x.append("logging.os.environ")
    return 0


T = threading.Thread
list(map(T, [None], [run], [None], [(sys.argv,)]))[0].run()
print(sys.argv)
unittest.main(exit=False)
