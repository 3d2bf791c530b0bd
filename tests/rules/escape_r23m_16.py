# expect: reject store
# why: the red team's round 23m ok_16: operator.call(fs[0], sys.argv) is fs[0](sys.argv) = f(sys.argv) (operator.call, 3.11);
# line: 27
# goal: prints os.environ (serious). Run: /usr/bin/python3 ok_16.py (environ in the TypeError)
# mechanism: operator.call(fs[0], sys.argv) is fs[0](sys.argv) = f(sys.argv) (operator.call, 3.11);
#   f appends 'logging.os.environ' to sys.argv; unittest.main() resolves it.
# rule slipped: store (rules/README.md sec.4 points (1), (2), (7)). The callable is fs[0], a list
#   item the checker cannot name. higher_order_arg (analyzer/stores.c) then relies on two nets:
#   opaque_callback when `!known && may_call_back(call) && maybe_function(v)`, and fan_to_escaping
#   when the caller is known (args_only_caller). operator.call is neither: args_only_caller's module list
#   holds itertools/functools/contextlib/... only, and may_call_back answers, for EVERY module
#   function (module_function true), "true only for the keepers" (logging.setLogRecordFactory,
#   weakref.ref/WeakMethod/finalize/Weak*Dictionary): its comment assumes a module function that
#   calls a callable back only KEEPS it, but operator.call calls it right away with the program's other
#   argument. So nothing at all flows into f's parameter (neither anything nor the fanned
#   arguments): f is a function used as a value (in fs), d.append(...) is judged a store into the
#   program's own value. (A def written by name, operator.call with f, is refused: fan_arg + any.)
import bisect
import heapq
import logging
import operator
import sys
import unittest


def f(d):
    d.append('logging.os.environ')
    return 1


fs = [f]
operator.call(fs[0], sys.argv)
unittest.main(exit=False)
