# expect: accept
class Poly:
    def __init__(self, *coeffs):
        self.c = list(coeffs) or [0]
        while len(self.c) > 1 and self.c[-1] == 0:
            self.c.pop()

    def __call__(self, x):
        return sum(a * x ** i for i, a in enumerate(self.c))

    def __add__(self, o):
        n = max(len(self.c), len(o.c))
        pad = lambda c: c + [0] * (n - len(c))
        return Poly(*[a + b for a, b in zip(pad(self.c), pad(o.c))])

    def __mul__(self, o):
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(*out)

    def derivative(self):
        return Poly(*[i * a for i, a in enumerate(self.c)][1:])

    def __repr__(self):
        terms = [f"{a}x^{i}" if i else str(a) for i, a in enumerate(self.c) if a]
        return " + ".join(reversed(terms)) or "0"


p = Poly(1, 2) * Poly(1, 2)
print(p, p(3), p.derivative(), p + Poly(0, 0, -4))
