# expect: reject store
# line: 27
# why: the red team's round 26b ok_05 (its header below): a splat of anything but a display hands out what program code makes (an __iter__, keys(), a container filled after its binding): it may hold the callable
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ', unittest.main(exit=False) resolves it.
# mechanism: list(map(*K())) with K.__iter__ returning iter([run, [sys.argv]]) -> map(run, [sys.argv]).
# rule slipped: splat_callback gate: maybe_function(K()) false.
# family A: "a callable (or the splat holding it) hidden from maybe_function reaches a library caller" --
#   splat_callback (round 26a) and the known-caller fan (fan_to_escaping) both gate on maybe_function(X), which
#   judges X by its SPELLING: a program-class constructor call, a name whose sole `=` binding is one, `self`, an
#   operator over such values, an empty/None display later filled by item or slice stores, are all taken for
#   "surely no function" -- yet a splat ITERATES/maps X (program __iter__, keys/__getitem__), an operator runs a
#   program dunder, and item stores put functions in.
# principle: maybe_function must be sound w.r.t. the program's own code: any value that comes out of program code
#   (a program class's instance when iterated/mapped/operated on, a program method's or dunder's return, an
#   operator over a program instance, a container with any item/slice store) may be a function. Simplest closure:
#   splat_callback fires for EVERY *X/**X into a caller regardless of X, and a caller's callable slot holding
#   anything but a literal def/class name or a lambda makes every function value take anything (opaque_callback).
import contextlib
import functools
import logging
import sys
import threading
import unittest


def run(x):
    x.append("logging.os.environ")
    return 0


class K:
    def __iter__(self):
        return iter([run, [sys.argv]])


list(map(*K()))
print(sys.argv)
unittest.main(exit=False)
