# expect: accept
# why: twelfth red team, family G: augmented assignments on the program's own items and attributes stay accepted
import collections
import math


class Stats:
    def __init__(self):
        self.total = 0
        self.items = []
        self.seen = set()
        self.names = {}
        self.scale = 1.0

    def add(self, x, name):
        self.total += x
        self.items += [x]
        self.seen |= {x}
        self.names |= {name: x}
        self.scale *= 2
        self.scale /= 2


def histogram(words):
    d = {}
    for w in words:
        d[w] = d.get(w, 0)
        d[w] += 1
    return d


acc = [1, 2, 3]
for i in range(len(acc)):
    acc[i] *= 2
    acc[i] -= 1

grid = [[0] * 3 for _ in range(3)]
grid[1][2] += 5
grid[0] += [7]
grid[2] *= 2

buckets = collections.defaultdict(list)
buckets["a"] += ["x", "y"]
sets = {"s": {1, 2, 3}}
sets["s"] -= {1}
sets["s"] &= {2, 3}
sets["s"] ^= {9}

counts = collections.Counter("abracadabra")
counts["a"] += 1
area = [math.pi]
area[0] *= 2
s = Stats()
s.add(3, "three")
s.add(4, "four")
print(histogram("a b a".split()), acc, grid, dict(buckets), sets, counts["a"],
      round(area[0], 3), s.total, s.items, sorted(s.seen), s.names, s.scale)
