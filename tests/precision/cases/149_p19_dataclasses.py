# dataclasses: field, asdict, frozen, order, post_init
from dataclasses import dataclass, field, asdict, astuple, replace, fields
from typing import List

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"

@dataclass(frozen=True)
class Point:
    x: float
    y: float
    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

@dataclass
class Order:
    id: int
    items: List[str] = field(default_factory=list)
    total: float = 0.0
    secret: str = field(default="x", repr=False, compare=False)
    def __post_init__(self):
        self.total = round(self.total, 2)

vs = [Version(1, 2, 3), Version(1, 10), Version(0, 9, 9), Version(1, 2)]
print([str(v) for v in sorted(vs)], max(vs), Version(1, 2) < Version(1, 2, 1))
p = Point(3, 4)
print(p, p.dist(), hash(p) == hash(Point(3, 4)))
try:
    p.x = 10
except Exception as e:
    print(type(e).__name__)
q = replace(p, y=0)
print(q, astuple(q))
o = Order(1, ["pen"], 3.14159)
o.items.append("ink")
print(o, asdict(o), [f.name for f in fields(o)])
print(Order(2) == Order(2, secret="y"))
