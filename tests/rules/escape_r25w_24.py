# expect: reject store
# line: 29
# why: the red team's round 25w ok_24 (its header below): a library callable that calls or binds a callable it is handed (partial, map, reduce, starmap, Thread...), itself handed on with its callable slot open, may call any function value with any value
# goal: prints os.environ (serious): sys.argv gets "logging.os.environ", unittest.main(exit=False)
#   resolves it.
# mechanism: NO DECORATOR: go = functools.partial(functools.partial, x=sys.argv)(run); go() runs
#   run(x=sys.argv). The outer partial binds x=sys.argv for the INNER functools.partial call, which is
#   handed run only by the second call. Controls: functools.partial(run, sys.argv)() (no_07),
#   partial(partial(run), x=sys.argv)() and partial(p, sys.argv)() with p = partial(run) (no_15, no_16)
#   are refused: there the def is the callee of the partial holding the value.
# rule slipped: store. The partial rows of stores.c link partial(F, args...) to F's parameters when F is
#   (or holds) a program function; here F is the library's functools.partial itself, so sys.argv is linked
#   to nothing (a library callable's argument), and the later call P(run) is a library call handing run
#   (a def named as a value: a callback with no argument of the program's to fan).
# family: "a value bound into a callable object the checker does not model" -- new: partial-of-partial
#   (and the decorator forms ok_18, ok_23).
# principle: a partial (or any library call that can curry: partial, partialmethod) whose func is not a
#   program function carries its bound arguments to every function later handed to it: link every
#   argument of partial(NOT-A-PROGRAM-DEF, ...) to every parameter of every function that may be a value
#   (opaque_fan), or refuse functools.partial/partialmethod as the func argument of a partial
#   (they are the only library callables that re-bind arguments for a callable given later).
import functools
import logging
import sys
import unittest


def run(x):
    x.append("logging.os.environ")
    return 0


go = functools.partial(functools.partial, x=sys.argv)(run)
go()
print(sys.argv)
unittest.main(exit=False)
