# expect: reject store
# why: the red team's round 23m ok_15: heapq.merge([sys.argv], [], key=fs[0]) calls f(sys.argv) on each iterable's head;
# line: 27
# goal: runs `id` (serious). Run: printf '!import os; os.system("id")\nc\n' | /usr/bin/python3 ok_15.py
# mechanism: heapq.merge([sys.argv], [], key=fs[0]) calls f(sys.argv) on each iterable's head;
#   f appends '__builtins__.breakpoint'; unittest's loader calls it -> pdb reads stdin.
# rule slipped: store (rules/README.md sec.4 points (1), (2), (7)). The callable is fs[0], a list
#   item the checker cannot name. higher_order_arg (analyzer/stores.c) then relies on two nets:
#   opaque_callback when `!known && may_call_back(call) && maybe_function(v)`, and fan_to_escaping
#   when the caller is known (args_only_caller). heapq.merge is neither: args_only_caller's module list
#   holds itertools/functools/contextlib/... only, and may_call_back answers, for EVERY module
#   function (module_function true), "true only for the keepers" (logging.setLogRecordFactory,
#   weakref.ref/WeakMethod/finalize/Weak*Dictionary): its comment assumes a module function that
#   calls a callable back only KEEPS it, but heapq.merge calls it right away with the program's other
#   argument. So nothing at all flows into f's parameter (neither anything nor the fanned
#   arguments): f is a function used as a value (in fs), d.append(...) is judged a store into the
#   program's own value. (A def written by name, heapq.merge with f, is refused: fan_arg + any.)
import bisect
import heapq
import logging
import operator
import sys
import unittest


def f(d):
    d.append('__builtins__.breakpoint')
    return 1


fs = [f]
list(heapq.merge([sys.argv], [], key=fs[0]))
unittest.main(exit=False)
