# expect: accept
# why: honest copy hooks: __deepcopy__(self, memo) handing its memo on to
#   copy.deepcopy(value, memo) or ignoring it, and __setstate__ in a closed class
#   (with a subclass); copy.deepcopy with one argument.
import copy


class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __deepcopy__(self, memo):
        return Matrix(copy.deepcopy(self.rows, memo))


class Tracked:
    def __init__(self):
        self.items = [1, 2]
        self.hits = 0

    def __setstate__(self, state):
        self.items = state["items"]
        self.hits = 0


class Counter(Tracked):
    pass


class Plain:
    def __deepcopy__(self, memo: dict):
        return Plain()


m = copy.deepcopy(Matrix([[1, 2], [3, 4]]))
c = Counter()
c.hits = 5
print(m.rows, copy.deepcopy(c).hits, copy.deepcopy([Plain()]) is not None)
