# expect: accept
import cmath


def quadratic(a, b, c):
    disc = cmath.sqrt(b * b - 4 * a * c)
    return (-b + disc) / (2 * a), (-b - disc) / (2 * a)


roots_of_unity = [cmath.rect(1, 2 * cmath.pi * k / 4) for k in range(4)]
print(quadratic(1, 2, 5), [complex(round(z.real, 3), round(z.imag, 3)) for z in roots_of_unity], cmath.phase(-1), abs(3 + 4j))
