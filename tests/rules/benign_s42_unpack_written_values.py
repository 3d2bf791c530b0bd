# expect: accept
# why: round 73's look-alike: a pure __eq__ and __lt__ unpack a tuple attribute and loop over pairs; iteration is closed (no generator or lazy tool), so unpacking runs the builtin tuple's iterator and only the program's own iterator dunders would be judged
from dataclasses import dataclass


@dataclass(frozen=True)
class Point:
    pos: tuple

    def __eq__(self, other):
        x, y = self.pos
        ox, oy = other.pos
        return (x, y) == (ox, oy)

    def __lt__(self, other):
        for (a, b) in ((self.pos, other.pos),):
            if a != b:
                return a < b
        return False

    def __hash__(self):
        x, y = self.pos
        return hash((x, y))


pts = sorted([Point((2, 1)), Point((1, 5)), Point((1, 2))])
print([p.pos for p in pts], Point((1, 2)) in pts)
