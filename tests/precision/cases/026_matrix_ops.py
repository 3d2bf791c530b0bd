# Matrix operations with nested lists: add, multiply, transpose, identity, power.


def shape(m):
    return len(m), len(m[0])


def add(a, b):
    return [[x + y for x, y in zip(ra, rb)] for ra, rb in zip(a, b)]


def mul(a, b):
    rows, inner = shape(a)
    inner2, cols = shape(b)
    if inner != inner2:
        raise ValueError(f"cannot multiply {shape(a)} by {shape(b)}")
    return [[sum(a[i][k] * b[k][j] for k in range(inner)) for j in range(cols)] for i in range(rows)]


def transpose(m):
    return [list(col) for col in zip(*m)]


def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def power(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = mul(result, m)
        m = mul(m, m)
        e >>= 1
    return result


def show(m, title):
    print(title)
    for row in m:
        print("  " + " ".join(f"{x:5}" for x in row))


A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show(A, "A")
show(transpose(A), "A^T")
show(mul(A, B), "A*B")
show(add(A, A), "A+A")
try:
    mul(A, A)
except ValueError as e:
    print("error:", e)
F = [[1, 1], [1, 0]]
show(power(F, 30), "F^30")
print("fib(30) =", power(F, 30)[0][1])
