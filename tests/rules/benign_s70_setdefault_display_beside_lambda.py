# expect: accept
# why: honest76 p35: out.setdefault(k, []).append(v) on a name bound once to a dict display, beside a TypedDict field named like a library attribute and a lambda handed on: the display's methods are the dict's own C code, which hands back what it holds or was given, never what the library's hooks return
from typing import TypedDict


class Config(TypedDict):
    debug: bool


def apply(fn, x):
    return fn(x)


def group(pairs):
    out = {}
    for k, v in pairs:
        out.setdefault(k, []).append(v)
    return out


print(group([(1, "a"), (2, "b"), (1, "c")]))
print(apply(lambda v: v * 2, 21))
