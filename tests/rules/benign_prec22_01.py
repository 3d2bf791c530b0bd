# expect: accept
# why: honest shape: a determinant kept as a Fraction and scaled by `det *= a[c][c]` (a rebinding: Fraction defines no in-place operator, and no class of the program a reflected one), where an operator method's `a` (the key gathers every scope's) may be any operand
from fractions import Fraction


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __mul__(self, other):
        a = other
        return self.n * a

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def determinant(self):
        a = [[Fraction(x) for x in r] for r in self.rows]
        det = Fraction(1)
        for c in range(self.n):
            pivot = next((r for r in range(c, self.n) if a[r][c] != 0), None)
            if pivot is None:
                return Fraction(0)
            if pivot != c:
                det = -det
            det *= a[c][c]
        return det


def parse(text):
    try:
        return int(text)
    except ValueError as a:
        print("not a number:", a)
        return 0


print(parse("x"))
A = Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]])
print(A.determinant(), A == A, A[1, 2], A * 2)
