# expect: accept
# why: honest15 p08's shape: a classmethod constructor (return cls(...)) called from operator methods of a class with __eq__, in a class family whose subclass has its own pure __init__; Matrix ** k by squaring with k >>= 1
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, n):
        return cls([[0] * n for _ in range(n)])

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __mul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result * base
            base = base * base
            k >>= 1
        return result

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __hash__(self):
        return hash(tuple(tuple(r) for r in self.rows))


class Square(Matrix):
    def __init__(self, rows):
        super().__init__(rows)
        self.size = self.n


fib = Matrix([[1, 1], [1, 0]])
print((fib ** 10).rows, fib ** 0 == Matrix.identity(2), Matrix.zeros(2) + fib == fib)
sq = Square.identity(3)
print(type(sq).__name__, sq.size, sq == Matrix.identity(3), len({sq, Matrix.identity(3)}))
