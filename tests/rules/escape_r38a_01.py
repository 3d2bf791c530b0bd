# expect: reject store
# line: 34
# why: round 38a ok_01: a class-body dunder or attribute bound to a callable object by a form other than NAME = V in place (a name bound to a partial, a decorator returning one, a for target, cached_property over such a name): held_callable_binding follows names that may hold callable objects, and dunder_any makes other binding forms answer anything
# ok_01 -- goal 1 (prints os.environ) via goal 3 (appends to sys.argv, the list the
#          sys module holds): the sys.argv / unittest.main lever.
#
# Mechanism: class body binds the protocol method `__floor__ = P`, where P is a
#   MODULE-LEVEL name bound to functools.partial(next, iter([sys.argv])).  partial
#   has no __get__, so math.floor(K()) calls P() -> next(it) -> sys.argv itself.
#
# Why the checker missed it (analyzer/stores.c):
#   held_callable_binding() (round 37b fix) returns at once when the class-body
#   value is an identifier (`k == w->sym->identifier`): it only looks at a call /
#   attribute / subscript written in place.  The older alias path in
#   bind_targets_up (`__iter__ = f`, alias_roots to proto_key / OP_RETURNS)
#   follows a def's returns, not what a callable OBJECT bound to the name
#   returns when called.  So `()__floor__` never gets EV_CALLEE of P, and
#   builds_new() still trusts math.floor to build a new number.
#   Fix: resolve an identifier value to its bindings and run the same
#   held-callable logic on each (or treat any non-def identifier as V).
import functools
import math
import sys
import logging
import unittest

P = functools.partial(next, iter([sys.argv]))
class K:
    __floor__ = P

names = math.floor(K())
print("names is sys.argv:", names is sys.argv)

names.append("logging.os.environ")
unittest.main(exit=False)
