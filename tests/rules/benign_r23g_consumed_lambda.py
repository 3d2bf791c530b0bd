# expect: accept
# why: a lambda whose result the library only consumes (functools.cmp_to_key's,
#   compared with 0; re.sub's and a compiled pattern's sub's repl, joined into a new
#   str) returns to no call the program sees: though its parameters may be anything,
#   its result does not join what every library call may return, so a
#   singledispatch function's register and a list a library call builds stay the
#   program's own
import functools
import re
from functools import singledispatch

WORD = re.compile(r"\w+")


@singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register
def _(x: int):
    return f"int {x}"


@describe.register(list)
def _(x):
    return f"list of {len(x)}"


print(functools.cmp_to_key(lambda a, b: b - a)(3) < functools.cmp_to_key(lambda a, b: b - a)(1))
print(re.sub(r"\d", lambda m: str(int(m.group()) + 1), "a1b2"), WORD.sub(lambda m: m[0].upper(), "ab cd"))
print(describe(5), describe([1, 2]), describe("s"))
