# expect: reject store
# line: 24
# why: refused since session 32, the cost of following every alias both ways (a store through one name of an object reaches what any other name of it was linked to, and the links through library calls, escaping functions and the hooks join many objects); before: list(coeffs) and tuple(c) copy one level: their items are the arguments' elements
#   where they lay, not any part at any depth; zip_longest puts no argument into another
from itertools import zip_longest


class Poly:
    def __init__(self, *coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.coeffs = tuple(c) or (0,)

    def __add__(self, other):
        other = other if isinstance(other, Poly) else Poly(other)
        return Poly(*(a + b for a, b in zip_longest(self.coeffs, other.coeffs, fillvalue=0)))

    def __mul__(self, other):
        other = other if isinstance(other, Poly) else Poly(other)
        out = [0] * (len(self.coeffs) + len(other.coeffs) - 1)
        for i, a in enumerate(self.coeffs):
            for j, b in enumerate(other.coeffs):
                out[i + j] += a * b
        return Poly(*out)

    def __repr__(self):
        return f"Poly{self.coeffs}"


print(Poly(1, 2) * Poly(3, 4), Poly(1) + 2)
