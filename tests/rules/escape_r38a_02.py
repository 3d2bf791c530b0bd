# expect: reject store
# line: 37
# why: round 38a ok_02: a class-body dunder or attribute bound to a callable object by a form other than NAME = V in place (a name bound to a partial, a decorator returning one, a for target, cached_property over such a name): held_callable_binding follows names that may hold callable objects, and dunder_any makes other binding forms answer anything
# ok_02 -- goal 1 (prints os.environ) via goal 3 (appends to sys.argv).
#
# Mechanism: a DECORATOR that returns a callable object: 
#   @functools.partial(functools.partial, next, iter([sys.argv]))
#   def __floor__(self): ...
#   binds __floor__ = partial(next, iter([sys.argv]), <function>), i.e.
#   next(it, default) -> sys.argv.  math.floor(K()) calls it with no argument
#   (partial has no __get__) and hands back sys.argv.
#
# Why the checker missed it (analyzer/stores.c):
#   The decorated_definition branch (~line 5064) binds the def's NAME with an
#   EV_CALLEE event of the decorator expression, but never calls
#   held_callable_binding() (only bind_targets_up, i.e. `NAME = V`, does).  The
#   protocol keys math.floor is judged by -- returns_key("__floor__"), "()__",
#   proto_key -- get only what the def's own body returns (`return 1`, via the
#   return_statement branch), not what calling the decorator's product returns.
#   builds_new() trusts math.floor (text module) to build a new number.
#   Fix: treat `@D def NAME` in a class body like `NAME = D(f)` in
#   held_callable_binding (EV_CALLEE/EV_ESC into ()NAME, ()__, ()__op).
import functools
import math
import sys
import logging
import unittest

class K:
    @functools.partial(functools.partial, next, iter([sys.argv]))
    def __floor__(self):
        return 1

names = math.floor(K())
print("names is sys.argv:", names is sys.argv)

names.append("logging.os.environ")
unittest.main(exit=False)
