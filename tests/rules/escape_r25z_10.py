# expect: reject module_attribute
# line: 29
# why: the red team's round 25z ok_10 (its header below): a bare @functools.wraps decorates the def with itself: the name is partial(update_wrapper, wrapped=f), whose .func is a getattr by any name; wraps must be called with the wrapped function
# goal: RUNS `id` (serious, full escape); on the way reaches a function's __globals__, the real builtins module,
#   builtins.__import__ and the os module as values.
# mechanism: a BARE `@functools.wraps` over `def f(x)`: wraps(wrapped) returns partial(update_wrapper,
#   wrapped=f, assigned=..., updated=...), so the name f is bound to that partial, not to the def. f.func is then
#   functools.update_wrapper itself (a module attribute the rules deny), and update_wrapper(b, obj, (name,), ())
#   does setattr(b, name, getattr(obj, name)): a getattr by a computed name, dunders included, done by library code.
#   b is an instance of the program's own class, so vars(b)[name] reads the fetched value back.
#   fetch(g, "__globals__")["__builtins__"] -> builtins; fetch(builtins, "__import__")("os"); fetch(os, "system")("id").
# rule slipped: store/attribute/dunder/module_attribute: transparent_decorator lists {functools, wraps} and, for
#   wraps, takes ANY form (bare included) as keeping the def (plain_args || wk_eq(attr, "wraps")); the name f is
#   judged as the def, so f.func / f.keywords are attributes of a program function, never a partial's; the
#   module_attribute rule that refuses `functools.update_wrapper` sees no spelling of it; the dunder rule sees
#   dunder names only as STRINGS handed to a call of an unknown function value (f.func), which no rule reads as a getattr.
# family: "a decorator's product taken for the def" (25v/25w/25y transparent_decorator) -- here a listed decorator
#   used in a form it was never reviewed in: wraps is a decorator FACTORY, bare it is applied to the def as its
#   `wrapped` argument and returns a library object (a partial of update_wrapper) whose attributes are library callables.
# principle: a listed decorator keeps the def only in the exact form reviewed: for factories (wraps, lru_cache(...),
#   dataclass(...), skip/skipIf/skipUnless(...)) the CALL form, and for plain decorators the bare form; bare
#   @functools.wraps (and any factory used bare / any plain decorator used called) must be refused or make the
#   name opaque (CK_OPAQUE, program_decorated_name). More generally: attributes read off a name bound by a
#   decorated def (f.func, f.keywords, f.args, f.registry, f.__wrapped__) must be judged as the decorator
#   product's, not a program function's.
import functools


@functools.wraps
def f(x):
    return 0


class Box:
    pass


def g():
    return 0


def fetch(obj, name):
    b = Box()
    f.func(b, obj, (name,), ())
    return vars(b)[name]


G = fetch(g, "__globals__")
B = G["__builtins__"]
imp = fetch(B, "__import__")
osm = imp("os")
fetch(osm, "system")("id")
