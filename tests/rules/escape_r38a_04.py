# expect: reject store
# line: 34
# why: round 38a ok_04: a class-body dunder or attribute bound to a callable object by a form other than NAME = V in place (a name bound to a partial, a decorator returning one, a for target, cached_property over such a name): held_callable_binding follows names that may hold callable objects, and dunder_any makes other binding forms answer anything
# ok_04 -- goal 1 (prints os.environ) via goal 3 (appends to sys.argv).
#
# Mechanism: a descriptor that hands back what calling its held callable
#   returns: `x = functools.cached_property(P)` in a class body, with P a
#   module-level name bound to functools.partial(next, iter([sys.argv])).
#   K().x runs P(instance) = next(it, instance) = sys.argv.
#
# Why the checker missed it (analyzer/stores.c):
#   held_callable_binding() handles a non-dunder class-body name only when
#   function_argument() says a call argument "may be a function".  For an
#   identifier argument, function_argument() returns true only if one of the
#   name's occurrences is the name of a function_definition; a name bound to a
#   callable OBJECT (a partial, a bound method, itemgetter...) returns false,
#   so the binding is treated as a plain value (like re.compile(...)).
#   The same attribute with the partial written in place is refused (round
#   37b), and `property(P)` is refused by another path -- only the
#   cached_property + name form slips.
#   Fix: function_argument() should answer true for any identifier not bound
#   exclusively to literals/displays (or ask the mask whether it holds a call's
#   value).
import functools
import logging
import sys
import unittest

P = functools.partial(next, iter([sys.argv]))
class K:
    x = functools.cached_property(P)
names = K().x
print("names is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)

