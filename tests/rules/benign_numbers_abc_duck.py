# expect: accept
import numbers
from collections.abc import Iterable, Mapping, Sized
from fractions import Fraction
from decimal import Decimal


def describe(x):
    kinds = []
    for abc_type in (numbers.Integral, numbers.Rational, numbers.Real, numbers.Complex):
        if isinstance(x, abc_type):
            kinds.append(abc_type.__name__)
    for abc_type in (Iterable, Mapping, Sized):
        if isinstance(x, abc_type):
            kinds.append(abc_type.__name__)
    return kinds


for x in (1, Fraction(1, 2), 1.5, 2j, Decimal("1.1"), "s", {"a": 1}):
    print(repr(x), describe(x))
