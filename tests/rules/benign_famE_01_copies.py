# expect: accept
# why: family E look-alike: deepcopy of nested data and of program objects, enum members
import copy, enum
class Color(enum.Enum):
    RED = 1
class Grid:
    def __init__(self):
        self.cells = [[0, 1], [2, 3]]
        self._hidden = 1
g = copy.deepcopy(Grid())
g.cells[0][0] = 9
print(g.cells, copy.deepcopy([1, [2]]), copy.deepcopy(Color.RED), Color.RED.name)
