# expect: accept
# why: zip_longest with a fill value and enumerate hand out the arguments' elements where they lay: a row of the program's own matrix is written in place
from itertools import zip_longest


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    def add(self, other):
        out = []
        for a, b in zip_longest(self.rows, other.rows, fillvalue=[]):
            row = []
            for x, y in zip_longest(a, b, fillvalue=0):
                row.append(x + y)
            out.append(row)
        return Matrix(out)

    def scale(self, k):
        for i, row in enumerate(self.rows):
            for j, v in enumerate(row):
                row[j] = v * k
        return self


m = Matrix([[1, 2], [3, 4]]).add(Matrix([[1, 1]]))
m.scale(2)
m.rows[0].append(9)
print(m.rows)
