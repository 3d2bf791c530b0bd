# expect: accept
# why: a dict subclass's __missing__ never sees a slice (the dict hashes the key
#   first, and a slice is unhashable in 3.11), and a __getitem__ that only
#   unpacks its key or indexes an exact list with it keeps none: nested stores through names
#   stay one level down each
from collections import defaultdict


class Default(dict):
    def __missing__(self, key):
        return "{" + key + "}"


ROWS = [[1, 2], [3, 4]]


class Grid:
    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            i, j = idx
            return i * 10 + j
        return ROWS[idx]


print("{a} {b}".format_map(Default(a="x")))
index = defaultdict(list)
for i, w in enumerate("to be or not to be".split()):
    index[w].append(i)
g = Grid()
table = [[0] * 2 for _ in range(2)]
for r in range(2):
    for c in range(2):
        table[r][c] = g[r, c] * 10
table[0].append(g[1][0])
print(dict(index), table)
