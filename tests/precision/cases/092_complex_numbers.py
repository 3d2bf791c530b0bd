# Complex numbers: roots of quadratics, roots of unity, a small Mandelbrot.
import cmath
import math


def quadratic(a, b, c):
    disc = cmath.sqrt(b * b - 4 * a * c)
    return (-b + disc) / (2 * a), (-b - disc) / (2 * a)


for coeffs in [(1, -3, 2), (1, 2, 5), (1, 0, 1), (2, 4, 2)]:
    r1, r2 = quadratic(*coeffs)
    print(coeffs, f"{r1:.3f}", f"{r2:.3f}")

z = 3 + 4j
print(z.real, z.imag, abs(z), z.conjugate(), f"{math.degrees(cmath.phase(z)):.2f} deg")
r, phi = cmath.polar(z)
print(f"polar: r={r} phi={phi:.4f}", "back:", cmath.rect(r, phi))
roots = [cmath.exp(2j * math.pi * k / 6) for k in range(6)]
print("6th roots of unity:", [f"{w.real:+.3f}{w.imag:+.3f}j" for w in roots])
print("their sum is ~0:", abs(sum(roots)) < 1e-12)
print("Euler:", cmath.exp(1j * math.pi) + 1)

for y in range(10, -11, -2):
    line = ""
    for x in range(-40, 11):
        c = complex(x / 20, y / 10)
        w = 0
        for i in range(30):
            w = w * w + c
            if abs(w) > 2:
                break
        line += "#" if abs(w) <= 2 else " "
    print(line.rstrip())
