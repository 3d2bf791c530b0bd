# expect: accept
from fractions import Fraction
import math


def continued_fraction(x, terms=8):
    out = []
    for _ in range(terms):
        a = math.floor(x)
        out.append(a)
        if x == a:
            break
        x = 1 / (x - a)
    return out


def convergent(cf):
    value = Fraction(cf[-1])
    for a in reversed(cf[:-1]):
        value = a + 1 / value
    return value


cf = continued_fraction(math.pi, 5)
print(cf, convergent(cf), float(convergent(cf)), Fraction(math.pi).limit_denominator(1000))
