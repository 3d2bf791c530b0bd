# expect: reject store
# line: 35
# why: the red team's round 26c ok_10 (its header below): an instance of a program class handed to library code hands back what it holds (a list or dict base, a program __getitem__ or __iter__), and a defaultdict holds its other arguments' values: either may be the callable a library caller is given
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ', unittest.main(exit=False) resolves it.
# mechanism: es.callback(operator.getitem(D(f=run), 'f'), sys.argv) with class D(dict): pass -- keyword-held def.
# rule slipped: store: as ok_01 (D(...) 'no function', its keyword argument f=run never asked).
# family C: "a library function that hands back (an element of) what it was given, fed a program-class
#   instance" -- maybe_function(LIBCALL(args)) for a module function (operator.getitem, random.choice,
#   statistics.mode, functools.reduce, ...) answers "no function" when no ARGUMENT may be one; an argument
#   `K(...)` with K a program class with no own constructor (its constructors the library's: `class K(list)`,
#   `class D(dict)`, or a plain class) is judged "surely no function" at the call branch
#   (classnames && !library_callable -> false), so its CONTENTS (K([run]): a list holding the def) or its
#   program __getitem__ are never asked. The element the library function hands back is the def, which then
#   reaches ExitStack.callback/map/Thread/sorted key/partial with nothing linking its parameters.
# principle: a new instance of a program class is "no function" only as a CALLEE's receiver, never as a
#   CONTAINER: maybe_function(K(args)) must recurse into K's arguments (an instance of a class with a
#   library base -- list, dict, tuple, UserList, deque... -- holds what its constructor is given) and answer
#   true when K defines any method that returns a value (__getitem__, __iter__, __next__, __getattr__,
#   keys, ...); more robustly, a library function's result is "no function" only for functions known to
#   return fresh non-callables (an allow-list: len, str, math.*), never for element-returning ones (a
#   deny-list cannot be complete: operator.getitem, random.choice/choices/sample, statistics.mode/
#   multimode/median_low/high, functools.reduce, heapq.nsmallest, itertools..., copy.*).
import contextlib
import functools
import logging
import operator
import random
import statistics
import sys
import threading
import unittest


def run(x):
    x.append("logging.os.environ")
    return 0


class K(list):
    pass


class D(dict):
    pass


class A:
    f = staticmethod(run)


es = contextlib.ExitStack()
es.callback(operator.getitem(D(f=run), "f"), sys.argv)
es.close()
print(sys.argv)
unittest.main(exit=False)
