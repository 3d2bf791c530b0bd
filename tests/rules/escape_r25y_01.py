# expect: reject store
# line: 24
# why: the red team's round 25y ok_01 (its header below): a library callable that calls or binds what it is handed, used as a value by any spelling (an alias, a conditional), makes every function value take anything
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ', unittest.main(exit=False) resolves it.
# mechanism: p = functools.partial; map(p, [run], [sys.argv]) makes partial(run, sys.argv); calling it runs run(x=sys.argv).
# rule slipped: store (stores.c higher_order_arg: names_operator_call(v) reads module_function(v), which resolves `module.attr`
#   and import bindings (wk_bound_value) only: a plain name bound by assignment to functools.partial is not a caller,
#   so opaque_callback stays false; run is a list element linked to nothing).
# family: "a library callable that calls or binds what it is handed, handed on as a value" (25w names_operator_call)
#   -- recognised only when written as `module.attr` (or an import binding) at the argument itself.
# principle: judge a value, not its spelling: a name bound (anywhere, once or more) to a value that may be one of
#   the callers (names_operator_call's list, map/filter) IS that caller -- resolve plain assignments, conditional
#   expressions (both arms), and any expression whose value the checker cannot name must count as 'may be a
#   caller' (set opaque_callback whenever a non-program callable of unknown identity is handed to a known caller),
#   or refuse binding these callables to names/any expression other than a direct call.
import functools
import logging
import operator
import sys
import unittest


def run(x):
    x.append("logging.os.environ")
    return 0


p = functools.partial
list(map(p, [run], [sys.argv]))[0]()
print(sys.argv)
unittest.main(exit=False)
