# expect: accept
# why: a function's variable is keyed by that function alone: `a`, `b` bound from zip over anything in one method do not make another method's fresh `a` suspect (honest matrix code)

from fractions import Fraction


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def determinant(self):
        a = [[Fraction(x) for x in r] for r in self.rows]
        det = Fraction(1)
        for c in range(self.n):
            pivot = next((r for r in range(c, self.n) if a[r][c] != 0), None)
            if pivot is None:
                return Fraction(0)
            if pivot != c:
                a[c], a[pivot] = a[pivot], a[c]
                det = -det
            det *= a[c][c]
            for r in range(c + 1, self.n):
                f = a[r][c] / a[c][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return det


m = Matrix([[1, 2], [3, 4]])
print((m + m).determinant())
