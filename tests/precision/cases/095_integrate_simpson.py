# Numerical integration: rectangles, trapezoids and Simpson's rule compared.
import math


def midpoint(f, a, b, n):
    h = (b - a) / n
    return h * sum(f(a + (i + 0.5) * h) for i in range(n))


def trapezoid(f, a, b, n):
    h = (b - a) / n
    return h * (f(a) / 2 + sum(f(a + i * h) for i in range(1, n)) + f(b) / 2)


def simpson(f, a, b, n):
    if n % 2:
        n += 1
    h = (b - a) / n
    s = f(a) + f(b)
    s += 4 * sum(f(a + i * h) for i in range(1, n, 2))
    s += 2 * sum(f(a + i * h) for i in range(2, n, 2))
    return s * h / 3


cases = [
    ("sin on [0, pi]", math.sin, 0, math.pi, 2.0),
    ("x^2 on [0, 3]", lambda x: x * x, 0, 3, 9.0),
    ("e^x on [0, 1]", math.exp, 0, 1, math.e - 1),
    ("1/x on [1, e]", lambda x: 1 / x, 1, math.e, 1.0),
]
print(f"{'integral':<16}{'n':>5}{'midpoint':>14}{'trapezoid':>14}{'simpson':>14}")
for name, f, a, b, exact in cases:
    for n in (4, 16, 64):
        errs = [abs(rule(f, a, b, n) - exact) for rule in (midpoint, trapezoid, simpson)]
        print(f"{name:<16}{n:>5}" + "".join(f"{e:>14.2e}" for e in errs))
gauss = simpson(lambda x: math.exp(-x * x), -6, 6, 200)
print(f"gaussian integral {gauss:.10f} vs sqrt(pi) {math.sqrt(math.pi):.10f}")
