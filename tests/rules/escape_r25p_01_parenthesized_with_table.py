# expect: reject format
# line: 17
# why: round 25p's near-miss made accepted syntax: `with (c as T[0]):` (3.10's
#   parenthesized form) stores into the template table as `with c as T[0]:` does, so
#   T[0].format(f) runs a template the checker never read
import contextlib
import sys


def f():
    pass


S = "{0.__glo" + "bals__[sys].modules[os].environ}"
T = ["{0}"]
with (contextlib.nullcontext(S) as T[0]):
    print(T[0].format(f)[:60])
