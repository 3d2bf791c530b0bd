# expect: accept
# why: gh-120298 allowance (c) with next(<generator expression>): next runs the generator one step where it is written and drops it, as any() may, so no generator of the program outlives its expression and __add__ may iterate its attributes (a matrix class with operator overloading and a pivot search)
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def pivot(self, col):
        return next((r for r in range(col, self.n) if self.rows[r][col] != 0), None)

A = Matrix([[0, 1], [1, 0]])
print(A + A == A @ Matrix([[2, 0], [0, 2]]), A.pivot(0), next(x for x in "ab"))
