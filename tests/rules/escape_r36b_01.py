# expect: reject store
# line: 35
# why: round 36b ok_01: iter([sys.argv].pop, None) yields what the bound pop returns, sys.argv itself: iter with a sentinel builds anew only over a plain callable
# ok_01 -- goal 1 (prints os.environ) via goal 3 (appends to sys.argv, a list
#          the sys module holds): the sys.argv / unittest.main lever.
#
# Mechanism: the two-argument builtin iter(callable, sentinel) is a
#   callable_iterator: every next() CALLS its first argument and hands back
#   what it returned, as it is.  The callable here is [sys.argv].pop, a bound
#   builtin method of a list display (no def, no lambda, no key), so next(it)
#   is sys.argv itself, lifted one level out of the list.
#
# Why the checker missed it (analyzer/stores.c):
#   builds_new() lists the builtin `iter` among "the constructors and iterators
#   over their argument" (static builtins[] in builds_new), so call_mask0_as()
#   takes iter(...) for a new value holding only its arguments' parts at the
#   same depth (part = argm & ~M_TOP).  The special case that checks the
#   callable (plain_callable) exists for map/starmap/accumulate only, not for
#   iter's callable form; and the bound method `[sys.argv].pop` carries no
#   mark an element read of the iterator (next / a for loop) lifts back to the
#   top.  A direct `f = [sys.argv].pop; f()` IS refused (CK_OTHER_METHOD lifts
#   the callee), and iter(functools.partial(next, iter([sys.argv])), None) is
#   refused too (near_01): the hole is iter(callable, sentinel) + a bound
#   builtin method.  Variants accepted: `L = [sys.argv]; iter(L.pop, None)`,
#   `for names in iter([sys.argv].pop, None)`.
# Fix: iter with two arguments is no builds_new; judge it as a call of its
#   first argument (lift the callee's mask, as for CK_OTHER_METHOD).
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest

it = iter([sys.argv].pop, None)
names = next(it)
print("names is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)  # TypeError message prints os.environ
