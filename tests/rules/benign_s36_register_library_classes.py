# expect: accept
# why: singledispatch implementations annotated with library classes (a module's class, one imported once), builtins and unions of them: each is a class, never text get_type_hints would evaluate
import decimal
import functools
from fractions import Fraction


@functools.singledispatch
def describe(value):
    return "something"


@describe.register
def _(value: decimal.Decimal):
    return "a decimal"


@describe.register
def _(value: Fraction):
    return "a fraction"


@describe.register
def _(value: int | float):
    return "a number"


print(describe(decimal.Decimal("1.5")), describe(Fraction(1, 3)), describe(2), describe("x"))
