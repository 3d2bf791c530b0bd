# expect: accept
# why: judged code (comparisons, reprs) may change a list, dict or set its own
#   frame made and names once (honest74 p40, honest77 p06): no other frame names
#   it, and the frame runs nothing while code it called runs; a str literal's
#   join makes an exact str whose methods are the builtin's
class Grid:
    def __init__(self, width, cells):
        self.width = width
        self.cells = set(cells)

    def __contains__(self, pos):
        return pos in self.cells

    def __eq__(self, other):
        return isinstance(other, Grid) and self.cells == other.cells

    def __lt__(self, other):
        mine = sorted(self.cells)
        seen = {}
        for cell in mine:
            seen[cell] = seen.get(cell, 0) + 1
        return len(seen) < len(other.cells)

    def __str__(self):
        rows = []
        for y in range(2):
            rows.append("".join("#" if (x, y) in self else "." for x in range(self.width)))
        return "\n".join(rows)


class Poly:
    def __init__(self, coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c

    def __eq__(self, other):
        return self.c == other.c

    def __repr__(self):
        terms = []
        marks = set()
        for i in range(len(self.c) - 1, -1, -1):
            if self.c[i]:
                terms.append(f"{self.c[i]}x^{i}")
                marks.add(i)
        terms.reverse()
        return " + ".join(terms).replace("x^0", "") + f" ({len(marks)} terms)"


g = Grid(3, [(0, 0), (1, 1)])
print(g)
print(g == Grid(3, [(1, 1), (0, 0)]), g < Grid(3, [(0, 0), (1, 1), (2, 1)]))
print(repr(Poly([1, 0, 3, 0, 0])), Poly([1, 2]) == Poly([1, 2, 0]))
print([Poly([2, 5])])
