# expect: reject store
# line: 29
# why: the red team's round 25j ok_01 (its header below)
# goal: prints os.environ (serious): sys.argv gets 'logging.os.environ' DIRECTLY, then
#   unittest.main(exit=False) (no argv=) resolves that dotted name from __main__ (with
#   'logging.os.fork': the loader calls os.fork(), a new process; ok_01f.py).
# mechanism: the program's function g as a PARAMETER ANNOTATION: `def h(x: g)` evaluates g and
#   KEEPS it in h.__annotations__['x']; read back and called with sys.argv, g appends to it.
# rule slipped: store, stores.c note_reference (round 25h inversion: every reference escapes but
#   in proved-harmless places): `ps == y->typed_parameter || ps == y->type` is in the harmless
#   list as a whole -- but an annotation is an evaluated expression whose VALUE the interpreter
#   stores in the function's (or class's, or module's) __annotations__ dict, which the program
#   reads back (h.__annotations__ is accepted). So g never escapes; its parameter x is linked
#   only to the program's direct calls of g (none); h.__annotations__["x"](...) is a call of an
#   unknown callee. Control (no_01.py: the same value kept as a DEFAULT, h.__defaults__[0]):
#   refused.
# family: as 25i ok_03/ok_05 ("a harmless place named by its parent kind where the kind keeps
#   the value": the 25i header itself listed "type/typed_parameter: annotations are evaluated
#   and kept" -- not closed). Principle: an annotation is a value that is kept (function,
#   class body and module __annotations__); a reference under `type` escapes unless the program
#   can never read annotations (no `__annotations__` attribute read, no library that returns
#   them) -- simplest: treat `type` like a default value (escapes).
import logging
import sys
import unittest


def g(x):
    x.append("logging.os.environ")


def h(x: g):
    pass


h.__annotations__["x"](sys.argv)
print(sys.argv)
unittest.main(exit=False)
