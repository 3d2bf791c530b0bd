# expect: accept
# why: honest15 p08's grid: m[i, j] through a __getitem__ that unpacks its tuple index, beside classmethod constructors that only call cls (identity, zeros) and a __eq__
class Grid:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, n, m):
        return cls([[0] * m for _ in range(n)])

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __eq__(self, other):
        return isinstance(other, Grid) and self.rows == other.rows


g = Grid.identity(3)
z = Grid.zeros(2, 3)
print(g[0, 0], g[0, 1], z[1, 2], g == Grid.identity(3), z == g)
