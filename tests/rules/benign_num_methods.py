# expect: accept
import math


def newton(f, df, x, steps=20):
    for _ in range(steps):
        x -= f(x) / df(x)
    return x


def trapezoid(f, a, b, n=1000):
    h = (b - a) / n
    return h * (f(a) / 2 + sum(f(a + i * h) for i in range(1, n)) + f(b) / 2)


def simpson(f, a, b, n=100):
    h = (b - a) / n
    s = f(a) + f(b) + 4 * sum(f(a + i * h) for i in range(1, n, 2)) + 2 * sum(f(a + i * h) for i in range(2, n, 2))
    return s * h / 3


def horner(coeffs, x):
    acc = 0
    for c in coeffs:
        acc = acc * x + c
    return acc


print(round(newton(lambda x: x * x - 2, lambda x: 2 * x, 1.0), 10), round(trapezoid(math.sin, 0, math.pi), 4))
print(round(simpson(lambda x: x ** 3, 0, 2), 6), horner([2, -6, 2, -1], 3))
