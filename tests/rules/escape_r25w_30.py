# expect: reject store
# line: 24
# why: the red team's round 25w ok_30 (its header below): a library callable that calls or binds a callable it is handed (partial, map, reduce, starmap, Thread...), itself handed on with its callable slot open, may call any function value with any value
# goal: prints os.environ (serious), as ok_24.
# mechanism: the builtin map handed AS THE CALLBACK of map: map(map, [run], [[sys.argv]]) yields
#   map(run, [sys.argv]); consuming it runs run(x=sys.argv). Controls: map(operator.call, [run],
#   [sys.argv]) (no_20) and a lambda key calling map(run, v) (no_21) are refused.
# rule slipped: store. The higher-order rows fan an iterable's elements into the parameters of a program
#   def handed BY NAME as the callback; here the callback is the library's map, and run is only an element
#   of the first iterable: the inner map(run, [sys.argv]) is made by library code, never seen as a call.
# family: ok_28 (a library higher-order callable used as a value combines a program function with
#   library values out of the checker's sight) -- generalises ok_24/ok_28 beyond functools.partial.
# principle: a library callable that calls (or binds) a callable it is handed -- map, filter, sorted/min/
#   max (key), functools.partial/reduce, itertools.starmap/accumulate/groupby/filterfalse/takewhile/
#   dropwhile, operator.call -- may not itself be a value (an argument, a list item, a partial's func,
#   a decorator); or, when it is, every element/argument reachable from the same call reaches every
#   parameter of every function that may be a value (opaque_fan over the elements).
import logging
import sys
import unittest


def run(x):
    x.append("logging.os.environ")
    return 0


for m in map(map, [run], [[sys.argv]]):
    list(m)
print(sys.argv)
unittest.main(exit=False)
