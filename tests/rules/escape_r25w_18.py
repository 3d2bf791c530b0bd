# expect: reject store
# line: 27
# why: the red team's round 25w ok_18 (its header below): a library callable that calls or binds a callable it is handed (partial, map, reduce, starmap, Thread...), itself handed on with its callable slot open, may call any function value with any value
# goal: prints os.environ (serious), as ok_17.
# mechanism: a PURE-LIBRARY decorator that pre-binds a library value into a parameter:
#   @functools.partial(functools.partial, x=sys.argv) makes run = functools.partial(run, x=sys.argv),
#   so run() runs the def with x = sys.argv. No program function is involved in the decorator at all.
#   Control e02 (functools.partial(run, sys.argv)() written as a call) is refused.
# rule slipped: store. The decorator is "the library's" (wk_is_library_decorator), so program_decorated_name
#   answers false and run() is CK_DEF with no arguments: x takes nothing. The decorator's own arguments
#   (sys.argv) are never linked to the def's parameters, as they are for a partial(...) call, because the
#   def reaches partial through the decorator syntax, not as an argument.
# family: "a decorator's product taken for the def" (25v) -- here a library decorator that changes the
#   signature / binds arguments.
# principle: a decorated def is handed to the decorator expression as its last positional argument:
#   judge `@E def f` exactly as `f = E(f)` (E(f) a call, with E's own call arguments linked as a
#   partial's are); only an allow-list of signature-preserving library decorators keeps the name a
#   call of the def.
import functools
import logging
import sys
import unittest


@functools.partial(functools.partial, x=sys.argv)
def run(x):
    x.append("logging.os.environ")
    return 0


run()
print(sys.argv)
unittest.main(exit=False)
