# expect: reject memory
# line: 28
# why: a generator expression handed to a class of the program's that is named
# Counter is kept by it and iterated later, inside a C repr: only the library's own
# collections.Counter (an import of it, or the module's attribute) reads its first
# argument whole as it is called
import collections

L = []


def wipe():
    L.clear()
    return 1


class Counter(collections.UserDict):
    def __init__(self, items):
        super().__init__()
        self.kept = items


held = Counter(wipe() for _ in range(3))


class Shown:
    def __repr__(self):
        return str(sum(held.kept))


L.append(Shown())
print(repr(L))
