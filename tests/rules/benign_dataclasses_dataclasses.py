# expect: accept
# why: accepted since dataclasses and functools.wraps are offered as decorators (rules/facades.txt). Was: honest code, refused by policy: dataclasses compiles annotation keys as source (rules/imports.txt) - was: dataclasses with field(), order=True, frozen=True
from dataclasses import dataclass, field
from typing import List


@dataclass(order=True)
class Item:
    price: float
    name: str = field(compare=False)
    tags: List[str] = field(default_factory=list, compare=False)

    def __post_init__(self):
        if self.price < 0:
            raise ValueError("negative price")


@dataclass(frozen=True)
class Point:
    x: int
    y: int

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


items = sorted([Item(3.5, "tea"), Item(1.25, "bun", ["bakery"]), Item(2.0, "jam")])
print([i.name for i in items])
p = Point(1, 2).moved(3, 4)
print(p, p == Point(4, 6), hash(p) == hash(Point(4, 6)))
