# expect: reject store
# why: the red team's round 23m ok_14: bisect.insort([[]], sys.argv, key=fs[0]) calls key(x) = f(sys.argv) (3.10+ insort applies key
# line: 27
# goal: runs a process (os.fork) with no input (serious). Run: /usr/bin/python3 ok_14.py -> TypeErrors 'calling <built-in function fork> returned ...' from parent and child
# mechanism: bisect.insort([[]], sys.argv, key=fs[0]) calls key(x) = f(sys.argv) (3.10+ insort applies key
#   to the inserted item); f appends 'logging.os.fork'; unittest's loader calls it.
# rule slipped: store (rules/README.md sec.4 points (1), (2), (7)). The callable is fs[0], a list
#   item the checker cannot name. higher_order_arg (analyzer/stores.c) then relies on two nets:
#   opaque_callback when `!known && may_call_back(call) && maybe_function(v)`, and fan_to_escaping
#   when the caller is known (args_only_caller). bisect.insort is neither: args_only_caller's module list
#   holds itertools/functools/contextlib/... only, and may_call_back answers, for EVERY module
#   function (module_function true), "true only for the keepers" (logging.setLogRecordFactory,
#   weakref.ref/WeakMethod/finalize/Weak*Dictionary): its comment assumes a module function that
#   calls a callable back only KEEPS it, but bisect.insort calls it right away with the program's other
#   argument. So nothing at all flows into f's parameter (neither anything nor the fanned
#   arguments): f is a function used as a value (in fs), d.append(...) is judged a store into the
#   program's own value. (A def written by name, bisect.insort with f, is refused: fan_arg + any.)
import bisect
import heapq
import logging
import operator
import sys
import unittest


def f(d):
    d.append('logging.os.fork')
    return 1


fs = [f]
bisect.insort([[]], sys.argv, key=fs[0])
unittest.main(exit=False)
