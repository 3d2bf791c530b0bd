# Pascal's triangle, binomial coefficients and the Sierpinski pattern.
from math import comb


def pascal(n):
    rows = [[1]]
    for _ in range(n - 1):
        prev = rows[-1]
        rows.append([1] + [a + b for a, b in zip(prev, prev[1:])] + [1])
    return rows


rows = pascal(10)
width = len("  ".join(map(str, rows[-1])))
for row in rows:
    print("  ".join(map(str, row)).center(width))

assert all(rows[n][k] == comb(n, k) for n in range(10) for k in range(n + 1))
print("row sums:", [sum(r) for r in rows])
print("(x+y)^5 =", " + ".join(f"{c}x^{5 - k}y^{k}" for k, c in enumerate(rows[5])))

for row in pascal(16):
    print("".join("*" if x % 2 else " " for x in row).center(32).rstrip())
print("central binomials:", [comb(2 * n, n) for n in range(10)])
print("catalan:", [comb(2 * n, n) // (n + 1) for n in range(10)])
