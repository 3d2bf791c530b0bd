# expect: accept
# why: round 106's judgement of callables handed out as values: a named tuple, a SimpleNamespace holding a pure def and a pure lambda, and key functions, in a program whose comparisons run its code
import collections
import types
from functools import total_ordering

Point = collections.namedtuple("Point", "x y")


def by_norm(p):
    return p.x * p.x + p.y * p.y


@total_ordering
class Item:
    def __init__(self, name, weight):
        self.name = name
        self.weight = weight

    def __eq__(self, other):
        return (self.weight, self.name) == (other.weight, other.name)

    def __lt__(self, other):
        return (self.weight, self.name) < (other.weight, other.name)


settings = types.SimpleNamespace(key=by_norm, scale=lambda v: v * 2, label="pts")
points = [Point(3, 4), Point(1, 1), Point(0, 2)]
print(settings.label, sorted(points, key=settings.key), [settings.scale(p.x) for p in points])
items = sorted([Item("b", 2), Item("a", 2), Item("c", 1)])
print([i.name for i in items], max(items).name, sorted(points, key=lambda p: (p.y, p.x))[0])
