# expect: accept
# why: operator methods in a program whose itertools use is neither groupby nor count nor
#   accumulate (chain, product, islice): the rule costs nothing there
import itertools


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return "Vec(%d, %d)" % (self.x, self.y)


grid = [Vec(x, y) for x, y in itertools.product(range(2), repeat=2)]
print(grid, Vec(1, 1) in grid)
print(list(itertools.islice(itertools.chain(grid, [Vec(5, 5)]), 3)))
total = Vec(0, 0)
for v in grid:
    total = total + v
print(total, total == Vec(2, 2))
