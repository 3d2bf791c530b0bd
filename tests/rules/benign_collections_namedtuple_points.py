# expect: accept
# why: collections.namedtuple with _make, _fields and unpacking
from collections import namedtuple
import math

Point = namedtuple("Point", "x y")
pts = [Point._make(p) for p in [(0, 0), (3, 4), (6, 8)]]
dist = sum(math.dist(a, b) for a, b in zip(pts, pts[1:]))
print(Point._fields, pts[-1], round(dist, 3))
x, y = pts[1]
print(x * y)
