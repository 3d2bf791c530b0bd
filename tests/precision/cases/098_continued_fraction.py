# Continued fractions of rationals and square roots; convergents of pi and sqrt(2).
from fractions import Fraction
from math import isqrt


def cf_rational(frac):
    terms = []
    while True:
        whole = frac.numerator // frac.denominator
        terms.append(whole)
        frac -= whole
        if frac == 0:
            return terms
        frac = 1 / frac


def cf_sqrt(n, count):
    a0 = isqrt(n)
    if a0 * a0 == n:
        return [a0]
    m, d, a = 0, 1, a0
    terms = [a0]
    while len(terms) < count:
        m = d * a - m
        d = (n - m * m) // d
        a = (a0 + m) // d
        terms.append(a)
    return terms


def convergents(terms):
    h0, h1, k0, k1 = 0, 1, 1, 0
    for t in terms:
        h0, h1 = h1, t * h1 + h0
        k0, k1 = k1, t * k1 + k0
        yield Fraction(h1, k1)


print(cf_rational(Fraction(415, 93)))
print(cf_rational(Fraction(649, 200)))
pi_terms = cf_rational(Fraction("3.14159265358979"))[:6]
print("pi:", pi_terms, [str(c) for c in convergents(pi_terms)])
print("sqrt(2):", cf_sqrt(2, 8), [str(c) for c in convergents(cf_sqrt(2, 8))])
for n in [3, 7, 13, 23]:
    print(f"sqrt({n}) = {cf_sqrt(n, 10)}")
for c in convergents(cf_sqrt(61, 30)):
    if c.numerator ** 2 - 61 * c.denominator ** 2 == 1:
        print("Pell solution for 61:", c.numerator, c.denominator)
        break
