# expect: reject store
# line: 25
# why: the red team's round 26a ok_13 (its header below): a *X or **X argument of a library call that may call what it is handed hides which argument is the callable: when X may hold a function value or a class, every function value and every constructor of a class used as a value takes anything
# goal: prints os.environ (serious), as ok_01.
# mechanism: functools.reduce(*[lambda a, b: run(b), [sys.argv], 0]) -> lam(0, sys.argv) -> run(sys.argv).
# rule slipped: store (the lambda's parameters are fanned nothing: the reduce arguments are splat elements).
# family: "a value reaches a parameter through a SPLATTED argument of a library caller" -- the callable and/or the
#   values it is called with are ELEMENTS of a `*[...]` / `**{...}` argument, not arguments themselves; the
#   library-caller links (map/partial/Thread/starmap/callback fan: each parameter of the handed def takes the
#   caller's other arguments or their elements) read the call's argument nodes, and a def found only inside a
#   splat is linked to nothing (its splatted companions never reach its parameters).
# principle: an argument list with a `*X` or `**X` of a call whose callee is not a def the program wrote must be
#   judged as "any element of X may land in any slot": every function value inside X (at any depth) is a
#   value handed to an unknown caller (opaque_callback: it takes anything), and every other element of X is an
#   argument of every such function -- or refuse splats into library calls that contain a function value.
import contextlib
import functools
import logging
import sys
import threading
import unittest


def run(x):
    x.append("logging.os.environ")
    return 0


functools.reduce(*[lambda a, b: run(b), [sys.argv], 0])
print(sys.argv)
unittest.main(exit=False)
