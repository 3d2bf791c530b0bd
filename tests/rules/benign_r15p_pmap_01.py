# expect: accept
# why: round 15 (issue 13, honest14b p31): a version class ordered by total_ordering
#   whose __repr__ joins map(str, self.parts): a map() consumed where it is written
#   is the generator expression it spells (str's dunders judged, the iterable an
#   attribute), and a program whose maps are all so consumed may iterate any value
#   in a pure function.
from functools import total_ordering

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def short(self):
        return list(filter(None, self.parts))

vs = [Version("1.10.0"), Version("1.2.3"), Version("1.2.10")]
print(sorted(vs), max(vs), Version("2.0") >= Version("1.9"), vs[0].short())
