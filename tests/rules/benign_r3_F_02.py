# expect: accept
# why: Stores through parameters, return values, generators and callbacks that carry the
#   program's own objects, with module values (sys.maxsize, math.inf) passed around as
#   data next to them.
import math
import sys


class Node:
    def __init__(self, value, dist=math.inf):
        self.value = value
        self.dist = dist
        self.next = None
        self.prev = None


def link(a, b):
    a.next = b
    b.prev = a


def make(value):
    return Node(value, sys.maxsize)


def chain(values):
    for v in values:
        yield make(v)


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        out = Vec(self.x + other.x, self.y + other.y)
        out.x = round(out.x, 6)
        return out

    def scale(self, k):
        self.x *= k
        self.y *= k
        return self


nodes = list(chain([1, 2, 3]))
for a, b in zip(nodes, nodes[1:]):
    link(a, b)
first = make(0)
first.dist = 0
link(first, nodes[0])
relax = lambda n, d: setattr(n, "dist", min(n.dist, d))
list(map(relax, nodes, [5, math.inf, 7]))
v = Vec(1, 2) + Vec(math.pi, 0)
v.scale(2).y = -1
best = Node("best", sys.maxsize)
best.dist = min(best.dist, 3)
print([n.dist for n in nodes], first.next.value, v.x, v.y, best.dist)
