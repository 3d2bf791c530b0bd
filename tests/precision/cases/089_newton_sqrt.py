# Root finding: Newton's method, bisection, and the fixed point of cos.
import math


def newton_sqrt(x, tol=1e-12):
    guess = x / 2 or 1.0
    steps = 0
    while abs(guess * guess - x) > tol * max(1.0, x):
        guess = (guess + x / guess) / 2
        steps += 1
    return guess, steps


def bisection(f, lo, hi, tol=1e-10):
    steps = 0
    while hi - lo > tol:
        mid = (lo + hi) / 2
        if f(lo) * f(mid) <= 0:
            hi = mid
        else:
            lo = mid
        steps += 1
    return (lo + hi) / 2, steps


def newton(f, df, x, n=20):
    for _ in range(n):
        x -= f(x) / df(x)
    return x


for x in [2, 10, 144, 0.25, 1e6]:
    r, steps = newton_sqrt(x)
    print(f"sqrt({x}) = {r:.10f} in {steps} steps (math: {math.sqrt(x):.10f})")

root, steps = bisection(lambda x: x ** 3 - x - 2, 1, 2)
print(f"x^3 - x - 2 = 0 at {root:.8f} after {steps} halvings")
print(f"newton same root: {newton(lambda x: x**3 - x - 2, lambda x: 3 * x * x - 1, 1.5):.8f}")
x = 1.0
for i in range(100):
    x = math.cos(x)
print(f"fixed point of cos: {x:.8f}")
golden = newton(lambda x: x * x - x - 1, lambda x: 2 * x - 1, 1.0)
print(f"golden ratio: {golden:.12f} {(1 + math.sqrt(5)) / 2:.12f}")
