# expect: accept
# A class with the item protocol (__getitem__/__setitem__ forwarding to a list) and
# ordinary item stores with computed keys and values: no subscript in the program is
# written with a step and slice() is never given one, so no key can be a step slice.
class Grid:
    def __init__(self, width, height, fill=0):
        self.width = width
        self.height = height
        self.cells = [fill] * (width * height)

    def __getitem__(self, pos):
        x, y = pos
        return self.cells[y * self.width + x]

    def __setitem__(self, pos, value):
        x, y = pos
        self.cells[y * self.width + x] = value

    def row(self, y):
        return self.cells[y * self.width:(y + 1) * self.width]


g = Grid(4, 3)
for y in range(3):
    for x in range(4):
        g[x, y] = x * y
index = {}
for name, value in [("a", g[1, 2]), ("b", g[3, 1])]:
    index[name] = value
window = g.cells[slice(2, 6)]
print(g.row(2), index, window)
