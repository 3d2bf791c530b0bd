# expect: reject store
# line: 36
# why: round 39a ok_02: a def rebound to a partial (names_def asks that defs be the only bindings), a builtin bound as a dunder and called on the operands without self (dunder_any), a Random reached through a display (random's generators are library-made: makes_library_object)
# ok_02 -- goal 1 (prints os.environ) via goal 3 (appends to sys.argv).
#
# Mechanism: a class-body dunder bound to a BUILTIN FUNCTION: `__getitem__ = next`.
#   Builtin functions have no __get__, so the slot calls them WITHOUT self:
#   K()[it] is next(it), which hands back the iterator's element, sys.argv.
#   Same hole, all accepted and reaching sys.argv: `__add__ = max` with
#   K() + [sys.argv] (max([sys.argv])), `__add__ = next` with K() + iter([sys.argv]),
#   `__getitem__ = min` with K()[[sys.argv]].
#
# Why the checker missed it (analyzer/stores.c):
#   held_callable_binding() returns early for an identifier value when
#   plain_data_name(vn) is true, and plain_data_name() answers true for every
#   builtin name the program never binds (wk_builtin_unbound): "surely no callable
#   object".  But next/min/max/sorted/... ARE callable objects, and as class
#   attributes they are called with the operand / the key, not with self.  The
#   alias paths in bind_targets_up (proto_key -> returns_key("next"),
#   OP_RETURNS -> the value `next`) only follow a program def's returns, so
#   what the subscript / operator answers gets nothing of its argument.
#   Fix: plain_data_name must not treat builtin function names as data; a dunder
#   bound to a builtin callable should answer what its arguments hold (at any
#   depth: next/min/max hand back an element), i.e. EV_ANY via dunder_any.
import math
import sys
import logging
import unittest

class K:
    __getitem__ = next

names = K()[iter([sys.argv])]
print("names is sys.argv:", names is sys.argv)

names.append("logging.os.environ")
unittest.main(exit=False)
