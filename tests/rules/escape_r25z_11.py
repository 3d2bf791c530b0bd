# expect: reject module_attribute
# line: 12
# why: the red team's round 25z ok_11 (its header below): a bare @functools.wraps decorates the def with itself: the name is partial(update_wrapper, wrapped=f), whose .func is a getattr by any name; wraps must be called with the wrapped function
# goal: reaches a function's __globals__ and the real builtins module as values (serious), printed.
# mechanism: as ok_10, stopped earlier: bare @functools.wraps binds f to partial(update_wrapper, wrapped=f);
#   f.func(b, g, ("__globals__",), ()) does setattr(b, "__globals__", g.__globals__); vars(b) reads it back.
# rule slipped: as ok_10 (transparent_decorator takes bare @wraps as the def).
# family / principle: as ok_10.
import functools


@functools.wraps
def f(x):
    return 0


class Box:
    pass


def g():
    return 0


b = Box()
f.func(b, g, ("__globals__",), ())
G = vars(b)["__globals__"]
B = G["__builtins__"]
print("g.__globals__ reached:", type(G), sorted(G)[:6])
print("real builtins module:", B)
