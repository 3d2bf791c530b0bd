"""Honest uses of defaultdict beside the wall's defaultdict guards (keep_set,
keep_del, keep_init in image/wall.py: every factory a defaultdict replaces is kept
for the run): the same output, KeyError and stores with the wall as under plain
python3, subclasses with their own __setitem__ or __missing__ included.
"""
import collections
from collections import defaultdict


graph = defaultdict(list)
for a, b in [(1, 2), (1, 3), (2, 3), (3, 1)]:
    graph[a].append(b)
print(sorted(graph.items()))

counts = defaultdict(int)
for w in "the cat and the hat and the bat".split():
    counts[w] += 1
print(sorted(counts.items()))

nested = defaultdict(lambda: defaultdict(set))
nested["x"]["y"].add(1)
nested["x"]["z"].add(2)
print({k: dict(v) for k, v in nested.items()})

plain = defaultdict()
try:
    plain[(1, 2)]
except KeyError as e:
    print("KeyError", e.args)


class Logged(defaultdict):
    def __setitem__(self, key, value):
        print("store", key, value)
        super().__setitem__(key, value)


log = Logged(lambda: 7)
print(log["k"], dict(log))


class Fallback(defaultdict):
    def __missing__(self, key):
        return "own " + key


print(Fallback(int)["q"])
d = defaultdict(list)
print(d.__missing__("m"), dict(d))
print(d.get("absent"), "absent" in d, len(d))
