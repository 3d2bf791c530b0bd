# math, fractions, decimal
import math
from fractions import Fraction
from decimal import Decimal, getcontext, ROUND_HALF_UP, localcontext

print(math.sqrt(2), math.isqrt(99), math.gcd(48, 180), math.lcm(4, 6))
print(math.factorial(15), math.comb(10, 3), math.perm(5, 2))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(2.7), round(2.5), round(3.5))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.inf > 1e308, math.isnan(float("nan")))
print(round(math.log(100, 10), 6), math.log2(1024), round(math.sin(math.pi / 6), 6), math.hypot(3, 4))
print(math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10))
f = Fraction(1, 3) + Fraction(1, 6)
print(f, f.numerator, f.denominator, float(f), Fraction("0.75"), Fraction(0.5))
print(sum(Fraction(1, n) for n in range(1, 6)), Fraction(355, 113).limit_denominator(10))
getcontext().prec = 30
print(Decimal(1) / Decimal(7))
print(Decimal("0.1") + Decimal("0.2"), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(2).sqrt())
price = Decimal("19.99")
print(price * 3, (price * Decimal("1.0825")).quantize(Decimal("0.01")))
print(divmod(17, 5), divmod(-17, 5), -17 // 5, -17 % 5, 2 ** 100)
print(int("ff", 16), bin(10), hex(255), oct(8), abs(-3.5), pow(3, 4, 5))
