# Matrix exercises: multiply, transpose, rotate, spiral, determinant
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

def rotate(m):
    return [list(r) for r in zip(*m[::-1])]

def spiral(m):
    out = []
    m = [row[:] for row in m]
    while m:
        out.extend(m.pop(0))
        m = [list(r) for r in zip(*m)][::-1]
    return out

def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))

def show(m):
    w = max(len(str(x)) for row in m for x in row)
    for row in m:
        print(" ".join(str(x).rjust(w) for x in row))

A = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
B = [[1, 0, 0], [0, 2, 0], [0, 0, 3]]
show(matmul(A, B))
print()
show(rotate(A))
print(spiral(A), spiral([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]))
print(det(A), det([[2, -3, 1], [2, 0, -1], [1, 4, 5]]), det([[4, 3], [6, 3]]))
identity = [[int(i == j) for j in range(4)] for i in range(4)]
show(identity)
print(sum(A[i][i] for i in range(3)), [list(col) for col in zip(*A)])
