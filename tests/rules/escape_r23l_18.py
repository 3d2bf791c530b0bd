# expect: reject store
# why: the red team's round 23l ok_18: sorted([sys.argv], key=fs[0]) calls f(sys.argv); f appends "__builtins__.breakpoint";
# line: 26
# goal: runs `id` (serious). Run: printf '!import os; os.system("id")\nc\n' | /usr/bin/python3 ok_18.py
# mechanism: sorted([sys.argv], key=fs[0]) calls f(sys.argv); f appends "__builtins__.breakpoint";
#   unittest's loader calls __main__.__builtins__.breakpoint -> pdb reading stdin.
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
    d.append('__builtins__.breakpoint')
    return 0


def g(a, d):
    d.append('__builtins__.breakpoint')
    return 0


fs = [f, g]
sorted([sys.argv], key=fs[0])
unittest.main(exit=False)
