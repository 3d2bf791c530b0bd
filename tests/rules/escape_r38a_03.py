# expect: reject store
# line: 36
# why: round 38a ok_03: a class-body dunder or attribute bound to a callable object by a form other than NAME = V in place (a name bound to a partial, a decorator returning one, a for target, cached_property over such a name): held_callable_binding follows names that may hold callable objects, and dunder_any makes other binding forms answer anything
# ok_03 -- goal 1 (prints os.environ) via goal 3 (appends to sys.argv).
#
# Mechanism: the class-body name is bound by a FOR TARGET, not an assignment:
#   class K:
#       for __floor__ in [functools.partial(next, iter([sys.argv]))]: pass
#   K.__floor__ is the partial; math.floor(K()) calls it -> sys.argv.
#
# Why the checker missed it (analyzer/stores.c):
#   held_callable_binding() runs from bind_targets_up only when
#   `iter == 0 && up == 0` -- a for-loop target is bound with iter > 0 (an
#   element of the iterable), so the loop binding never reaches it.  The same
#   skip applies to list/tuple unpacking targets with up>0, but those happened
#   to be refused (a2/a8 variants) by another path; the for target is not.
#   Verified variant (same hole): a match capture in the class body,
#     match [functools.partial(next, iter([sys.argv]))]:
#         case [__floor__]: pass
#   is accepted and reaches the goal too (/tmp variant c5).
#   Fix: call held_callable_binding for any class-body binding (for, with-as,
#   match capture, walrus, unpacking, decorator), with the element's mask.
import functools
import math
import sys
import logging
import unittest

class K:
    for __floor__ in [functools.partial(next, iter([sys.argv]))]:
        pass

names = math.floor(K())
print("names is sys.argv:", names is sys.argv)

names.append("logging.os.environ")
unittest.main(exit=False)
