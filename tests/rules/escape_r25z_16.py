# expect: reject module_attribute
# line: 12
# why: the red team's round 25z ok_16 (its header below): a bare @functools.wraps decorates the def with itself: the name is partial(update_wrapper, wrapped=f), whose .func is a getattr by any name; wraps must be called with the wrapped function
# goal: RUNS `id` (serious), as ok_10.
# mechanism: ok_10 with the decorator spelled through an import binding: `from functools import wraps` and a bare
#   `@wraps` (transparent_decorator resolves the import binding to {functools, wraps}, then takes the bare form).
# rule slipped: as ok_10.
# family / principle: as ok_10.
from functools import wraps


@wraps
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
