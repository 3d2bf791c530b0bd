# expect: reject store
# why: the red team's round 23l ok_17: functools.reduce(fs[1], [sys.argv], 0) calls g(0, sys.argv); g appends
# line: 27
# goal: runs a process (os.fork) with no input (serious). Run: /usr/bin/python3 ok_17.py ->
#   two TypeErrors "calling <built-in function fork> returned <pid>/0" (parent and child).
# mechanism: functools.reduce(fs[1], [sys.argv], 0) calls g(0, sys.argv); g appends
#   "logging.os.fork" to sys.argv; unittest's loader resolves and calls it.
# rule slipped: store (rules/README.md sec.4 points (1)/(2)/(6)). higher_order_arg
#   (analyzer/stores.c) maps a known caller's other arguments (fan_arg: as is, as elements, as
#   elements' elements) into the callback's parameters only when the callback is WRITTEN as a
#   lambda or as the name of a def. A callback the checker cannot name (an item fs[0], a
#   parameter, an attribute) falls through to the last line, `if (!known && !named &&
#   may_call_back(...) && maybe_function(...)) s->opaque_callback = true`, which is skipped for
#   a KNOWN caller (args_only_caller: map, filter, sorted, min, max, starmap, filterfalse,
#   reduce, ...). So for map(fs[0], [sys.argv]) nothing at all flows into f's parameter: neither
#   the mapped elements (fan_arg) nor "anything" (opaque_callback). f is a function used as a
#   value, but escaping alone taints only what it returns. d.append is judged a store into a
#   fresh value.
import functools
import itertools
import logging
import sys
import unittest


def f(d):
    d.append('logging.os.fork')
    return 0


def g(a, d):
    d.append('logging.os.fork')
    return 0


fs = [f, g]
functools.reduce(fs[1], [sys.argv], 0)
unittest.main(exit=False)
