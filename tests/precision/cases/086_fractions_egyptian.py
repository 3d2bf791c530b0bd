# Exact arithmetic with fractions: Egyptian fractions, harmonic numbers, series.
from fractions import Fraction
import math


def egyptian(frac):
    parts = []
    while frac.numerator:
        d = -(-frac.denominator // frac.numerator)
        parts.append(Fraction(1, d))
        frac -= Fraction(1, d)
    return parts


for f in [Fraction(2, 3), Fraction(4, 13), Fraction(5, 121), Fraction(7, 15)]:
    parts = egyptian(f)
    print(f"{f} = " + " + ".join(str(p) for p in parts), sum(parts) == f)

h = sum(Fraction(1, k) for k in range(1, 11))
print("H(10) =", h, "~", float(h))
print(Fraction("3.1415926535").limit_denominator(1000))
print(Fraction(0.1), "vs", Fraction("0.1"))
print(Fraction(1, 3) + Fraction(1, 6), Fraction(3, 4) * 2, Fraction(5, 2) ** 2, Fraction(7, 3) // 1)
basel = sum(Fraction(1, k * k) for k in range(1, 30))
print(f"basel partial: {float(basel):.6f} vs pi^2/6 = {math.pi ** 2 / 6:.6f}")
avg = sum([Fraction(1, 2), Fraction(1, 3), Fraction(1, 4)]) / 3
print("mean:", avg, "as decimal", f"{float(avg):.4f}")
print(sorted([Fraction(2, 3), Fraction(3, 5), Fraction(5, 8), Fraction(1, 2)]))
