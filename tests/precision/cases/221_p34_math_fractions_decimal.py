import math
from fractions import Fraction
from decimal import Decimal, getcontext, ROUND_HALF_UP, localcontext

print(math.gcd(84, 36), math.lcm(4, 6, 10), math.comb(10, 3), math.perm(5, 2))
print(math.isqrt(99), math.sqrt(2), math.factorial(20), math.prod([1, 2, 3, 4]))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.fsum([0.1] * 10))
print(math.floor(-2.5), math.ceil(-2.5), round(2.5), round(3.5), math.trunc(-2.7))
print(math.log(1000, 10), math.log2(1024), math.degrees(math.pi), math.inf > 1e308, math.isnan(math.nan))

f = Fraction(3, 4) + Fraction(1, 6)
print(f, float(f), f.numerator, f.denominator, Fraction("0.125"), Fraction(1.5))
print(sum(Fraction(1, n) for n in range(1, 7)), Fraction(355, 113).limit_denominator(10))

getcontext().prec = 30
print(Decimal(1) / Decimal(7))
price = Decimal("19.995")
print(price.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("0.1") * 3 == Decimal("0.3"))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(2).sqrt())
print(Decimal("1.10") + Decimal("2.205"), Decimal("10").ln().quantize(Decimal("1.0000")))

def compound(principal, rate, years):
    p = Decimal(principal)
    r = Decimal(rate)
    for _ in range(years):
        p = (p * (1 + r)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return p
print(compound("1000.00", "0.05", 10))
