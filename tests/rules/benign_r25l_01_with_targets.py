# expect: accept
# why: a template table read inside a with statement whose targets are written in
#   parentheses and a display: the items read are no target (only T[0] as a target
#   would store into the table)
import contextlib

T = ["{0} and {1}", "{0}!"]
with contextlib.nullcontext(("x", "y")) as (a, b):
    print(T[0].format(a, b))
with contextlib.nullcontext(["z"]) as [c]:
    print((T[1]).format(c), [T[0].format(c, c)])
