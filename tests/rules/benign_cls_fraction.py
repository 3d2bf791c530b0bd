# expect: accept
from math import gcd


class Frac:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("zero denominator")
        g = gcd(num, den) * (1 if den > 0 else -1)
        self.num, self.den = num // g, den // g

    def __add__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __mul__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.num * o.num, self.den * o.den)

    def __truediv__(self, o):
        return self * Frac(o.den, o.num)

    def __eq__(self, o):
        return (self.num, self.den) == (o.num, o.den)

    def __lt__(self, o):
        return self.num * o.den < o.num * self.den

    def __float__(self):
        return self.num / self.den

    def __repr__(self):
        return f"{self.num}/{self.den}"


print(Frac(1, 2) + Frac(1, 3), 1 + Frac(1, 2), Frac(2, 4) == Frac(1, 2), sorted([Frac(2, 3), Frac(1, 4)]), float(Frac(1, 8)))
