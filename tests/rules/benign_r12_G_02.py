# expect: accept
# why: twelfth red team, family G: a matrix product accumulated in place in __matmul__ (out[i][j] += ... * other.r[k][j], the other operand any value) stays accepted: the statement's own store is no source of what its target held before it, and a range() index is never a slice
class Matrix:
    def __init__(self, rows):
        self.r = [list(row) for row in rows]

    def __matmul__(self, other):
        n, m, p = len(self.r), len(other.r), len(other.r[0])
        out = [[0] * p for _ in range(n)]
        for i in range(n):
            for j in range(p):
                for k in range(m):
                    out[i][j] += self.r[i][k] * other.r[k][j]
        return Matrix(out)

    def __repr__(self):
        return repr(self.r)


a = Matrix([[1, 2], [3, 4]])
print(a @ a)
