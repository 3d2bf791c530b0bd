# expect: accept
# why: gh-120298, itertools.zip_longest written where it is iterated (a comprehension's or a generator expression's iterable) in an operator of a polynomial class: judged as zip, its iterables as iterated there, its object never a value
from itertools import zip_longest

class Poly:
    def __init__(self, *coeffs):
        self.c = [x for x in coeffs] or [0]

    def __add__(self, o):
        o = o if isinstance(o, Poly) else Poly(o)
        return Poly(*(a + b for a, b in zip_longest(self.c, o.c, fillvalue=0)))
    __radd__ = __add__

    def __sub__(self, o):
        return Poly(*[a - b for a, b in zip_longest(self.c, o.c, fillvalue=0)])

    def __eq__(self, o):
        return isinstance(o, Poly) and self.c == o.c

x = Poly(0, 1)
print((x + 1).c, (x + 1 - x).c, x + 0 == x)
