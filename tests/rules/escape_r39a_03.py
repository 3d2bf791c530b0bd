# expect: reject store
# line: 31
# why: round 39a ok_03: a def rebound to a partial (names_def asks that defs be the only bindings), a builtin bound as a dunder and called on the operands without self (dunder_any), a Random reached through a display (random's generators are library-made: makes_library_object)
# ok_03 -- goal 1 (prints os.environ) via goal 3 (appends to sys.argv).
#
# Mechanism: round 38b's library-state read-back (r.gauss_next = (sys.argv,), then
#   r.gauss((), 1) hands back that very tuple: () + z*1 is z for an exact tuple),
#   with the Random instance reached by any form other than `r = random.Random()`:
#   here `r = [random.Random()][0]`.  Verified variants, all accepted and reaching
#   sys.argv: `def mk(): return random.Random()` then `r = mk()`; `r, = [random.Random()]`;
#   `class R(random.Random): pass` then `r = R()`.
#
# Why the checker missed it (analyzer/stores.c, give_judged + library_instance):
#   the round-38 grant "a value stored into an object a library class made is
#   given at any depth" recognises the object only by SYNTAX: library_instance()
#   accepts a library-class call written in place, or an identifier whose
#   wk_sole_assignment's right side is such a call.  A subscript of a display,
#   a function's return, an unpacking target or an instance of a program subclass
#   of random.Random fail that test, and the fallback `mask(recv,1,0) & M_MADE`
#   is not set for them, so the stored tuple is judged at depth 0 only and the
#   data_method grant (builds_new: "gauss" makes a new number) still holds.
#   Fix: judge the store by what the receiver may BE (any object whose class
#   may be or derive from a library class), not by how its name was bound; or
#   drop "gauss" (and every data_method reading instance state) from the grants.
import logging  # unittest resolves "logging.os.environ" from __main__
import random
import sys
import unittest

r = [random.Random()][0]
r.gauss_next = (sys.argv,)
names = r.gauss((), 1)[0]
print("names is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)  # the loader's TypeError message prints os.environ
