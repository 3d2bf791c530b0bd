# expect: reject store
# why: the cost of family G1: __setstate__'s state is what copy hands it (the
#   copied instance dict, which may hold a class of the standard library: copy
#   copies classes by reference), kept here in self.cells; __getitem__ hands its
#   items out, and the checker does not know which subscripts reach Grid, so an item
#   store into what a subscript returns, and into self.cells itself (which may be
#   the state), is refused. Rebuild the state from your own
#   values (self.cells = {k: int(v) for k, v in state["cells"].items()} keeps only
#   numbers) or let copy restore the dict itself (no __setstate__).
import copy


class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, pos):
        return self.cells.get(pos, 0)

    def __setitem__(self, pos, value):
        self.cells[pos] = value

    def __setstate__(self, state):
        self.cells = dict(state["cells"])


g = Grid()
g[1, 2] = [3]
h = copy.deepcopy(g)
h[1, 2][0] = 4
print(g[1, 2], h[1, 2])
