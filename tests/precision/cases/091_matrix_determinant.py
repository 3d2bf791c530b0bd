# Exact linear algebra with Fraction: determinant, inverse, solving a system.
from fractions import Fraction


def determinant(m):
    m = [[Fraction(x) for x in row] for row in m]
    n = len(m)
    det = Fraction(1)
    for col in range(n):
        pivot = next((r for r in range(col, n) if m[r][col] != 0), None)
        if pivot is None:
            return Fraction(0)
        if pivot != col:
            m[col], m[pivot] = m[pivot], m[col]
            det = -det
        det *= m[col][col]
        for r in range(col + 1, n):
            factor = m[r][col] / m[col][col]
            m[r] = [a - factor * b for a, b in zip(m[r], m[col])]
    return det


def inverse(m):
    n = len(m)
    aug = [[Fraction(x) for x in row] + [Fraction(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    for col in range(n):
        pivot = next(r for r in range(col, n) if aug[r][col] != 0)
        aug[col], aug[pivot] = aug[pivot], aug[col]
        p = aug[col][col]
        aug[col] = [x / p for x in aug[col]]
        for r in range(n):
            if r != col:
                f = aug[r][col]
                aug[r] = [a - f * b for a, b in zip(aug[r], aug[col])]
    return [row[n:] for row in aug]


def show(m):
    for row in m:
        print("  [" + ", ".join(f"{str(x):>6}" for x in row) + "]")


A = [[2, 1, 1], [1, 3, 2], [1, 0, 0]]
print("det A =", determinant(A))
print("inverse of A:")
inv = inverse(A)
show(inv)
b = [4, 5, 6]
x = [sum(inv[i][j] * b[j] for j in range(3)) for i in range(3)]
print("solution of A x = b:", [str(v) for v in x])
print("check:", [sum(A[i][j] * x[j] for j in range(3)) for i in range(3)] == b)
hilbert = [[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)]
print("det of 4x4 Hilbert:", determinant(hilbert))
print("singular:", determinant([[1, 2, 3], [4, 5, 6], [7, 8, 9]]))
