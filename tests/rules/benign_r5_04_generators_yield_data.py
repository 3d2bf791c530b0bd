# expect: accept
# why: generators (also an __iter__ that is one, and yield from another) yield the
#   program's objects and pairs of them; loop and unpacking targets are updated
class Cell:
    def __init__(self, v):
        self.v = v
        self.total = 0


def cells(n):
    for i in range(n):
        yield Cell(i)


def pairs(items):
    for a, b in zip(items, items[1:]):
        yield a, b


class Grid:
    def __init__(self, n):
        self.cells = list(cells(n))

    def __iter__(self):
        yield from self.cells


g = Grid(4)
for a, b in pairs(g.cells):
    b.total = a.total + b.v
for c in g:
    c.v *= 2
(x, y), = [(g.cells[0], g.cells[1])]
x.total = y.total
print([(c.v, c.total) for c in g])
