# expect: accept
# why: classmethod, staticmethod, property, __matmul__, __setitem__
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    @classmethod
    def zeros(cls, n, m):
        return cls([[0] * m for _ in range(n)])

    @staticmethod
    def _check(a, b):
        if len(a.rows) != len(b.rows):
            raise ValueError("shape mismatch")

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __add__(self, other):
        Matrix._check(self, other)
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __setitem__(self, idx, value):
        i, j = idx
        self.rows[i][j] = value

    def __str__(self):
        return "\n".join(" ".join(f"{x:3}" for x in r) for r in self.rows)


m = Matrix([[1, 2], [3, 4]])
z = Matrix.zeros(2, 2)
z[0, 1] = 5
print(m @ m, (m + z)[0, 1], m.shape, sep="\n")
