# expect: reject store
# line: 27
# why: the red team's round 26b ok_15 (its header below): an operator may run a program dunder that returns a function
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ', unittest.main(exit=False) resolves it.
# mechanism: es.callback(-K(), sys.argv) with K.__neg__ returning run: NO splat; the callable written in the callable slot is an operator over a program instance.
# rule slipped: store: higher_order_arg on a known caller (ExitStack.callback) with an unnamed callable fans the other arguments into escaping defs only if maybe_function(v); v = -K() is judged false, so run's x takes nothing.
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
    def __neg__(self):
        return run

    def __lt__(self, o):
        return run


es = contextlib.ExitStack()
es.callback(-K(), sys.argv)
es.close()
print(sys.argv)
unittest.main(exit=False)
