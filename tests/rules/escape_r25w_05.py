# expect: reject store
# line: 35
# why: the red team's round 25w ok_05 (its header below): functools.partial(wrap) as a decorator is wrap's product: only decorators known to keep the signature count as calls of the def
# goal: prints os.environ (serious): sys.argv gets "logging.os.environ", unittest.main(exit=False)
#   resolves it (the TypeError message prints environ({...})).
# mechanism: the round-25v argument-swapping decorator APPLIED THROUGH functools.partial:
#   `@functools.partial(swap)` is swap(run) at definition time, so run is bound to inner(a, b), which
#   calls the original as f(b, a): run(0, sys.argv) runs the original run(x=sys.argv, y=0).
# rule slipped: store. program_decorated_name (stores.c, round 25v) skips every decorator for which
#   wk_is_library_decorator (census.c) answers true: a CALL whose callee is a module attribute
#   (functools.partial) counts as "the library's" whatever its arguments are -- but partial(swap) is the
#   program's swap. So `run` stays CK_DEF and map_args links 0 -> x, sys.argv -> y.
# family: "a call of a decorated name mapped positionally onto the def" (25v) -- library-decorator
#   exemption too wide.
# principle: a decorator is "the library's" only if nothing of the program's can run when it is applied
#   or when its product is called: a library callee with any argument that may be a program callable
#   (a def/lambda/class name, a partial, a name the program binds) is a program decorator; simplest:
#   exempt only an allow-list of known signature-preserving library decorators (functools.wraps(...),
#   lru_cache, cache, cached_property, total_ordering, dataclass, contextmanager, ...), everything else
#   CK_OPAQUE.
import functools
import logging
import sys
import unittest


def swap(f):
    def inner(a, b):
        return f(b, a)
    return inner


@functools.partial(swap)
def run(x, y):
    x.append("logging.os.environ")
    return 0


run(0, sys.argv)
print(sys.argv)
unittest.main(exit=False)
