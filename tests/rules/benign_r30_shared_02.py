# expect: accept
# why: a namedtuple base built by a call with plain defaults; a copy of an instance's fields changed
import collections


class Point(collections.namedtuple("Point", ["x", "y"], defaults=[0, 0])):
    def norm(self):
        return 1


p = Point(3, 4)
rows = [list(p)]
rows[0].append(p.norm())
