# expect: reject module_attribute
# line: 16
# why: the red team's round 25z ok_12 (its header below): a bare @functools.wraps decorates the def with itself: the name is partial(update_wrapper, wrapped=f), whose .func is a getattr by any name; wraps must be called with the wrapped function
# goal: (lower tier) mutates logging's root logger (root.disabled = True) -- a write into a library object's
#   namespace by an arbitrary attribute name list the program controls.
# mechanism: bare @functools.wraps binds f to partial(update_wrapper, wrapped=<def f>); f.keywords["wrapped"] is
#   the original def, whose __dict__ the program fills (`.disabled = True`); f(root) runs update_wrapper(root,
#   wrapped=def): setattr of __module__/__name__/__qualname__/__doc__/__annotations__/__wrapped__ onto root, and
#   root.__dict__.update(def.__dict__).
# rule slipped: store: f(logging.getLogger()) is judged as a call of the def f(x), whose body writes nothing.
# family / principle: as ok_10.
import functools
import logging


@functools.wraps
def f(x):
    return 0


f.keywords["wrapped"].disabled = True
f(logging.getLogger())
print("root disabled:", logging.getLogger().disabled)
