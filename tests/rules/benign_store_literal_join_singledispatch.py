# expect: accept
# why: ", ".join(...) on a string literal is new text whatever the items are, so a function returning it (handed to singledispatch's registry) returns nothing of a module's and its register decorators write the program's own dispatcher

from decimal import Decimal
from functools import singledispatch


@singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register
def _(x: int):
    return f"int with {x.bit_length()} bits"


@describe.register(float)
@describe.register(Decimal)
def _(x):
    return f"real number {x:.3f}"


@describe.register
def _(x: list):
    return "list[" + ", ".join(map(describe, x)) + "]"


for value in [42, 2.5, Decimal("1.23456"), [1, 3.0], "hi"]:
    print(describe(value), "-".join(["a", "b"]).upper().split("-"))
