from dataclasses import dataclass, field, asdict, astuple, replace
from typing import List
import json

@dataclass(order=True)
class Employee:
    sort_key: float = field(init=False, repr=False)
    name: str
    dept: str
    salary: float
    skills: List[str] = field(default_factory=list)

    def __post_init__(self):
        self.sort_key = -self.salary

@dataclass(frozen=True)
class Point:
    x: int
    y: int

    def dist2(self, other: "Point") -> int:
        return (self.x - other.x) ** 2 + (self.y - other.y) ** 2

staff = [
    Employee("Ann", "eng", 120000, ["py", "go"]),
    Employee("Ben", "ops", 90000),
    Employee("Cat", "eng", 135000, ["rust"]),
]
for e in sorted(staff):
    print(e)
print(json.dumps([asdict(e) for e in staff], sort_keys=True)[:120])
p = Point(1, 2)
q = replace(p, y=5)
print(p, q, p.dist2(q), astuple(q))
try:
    p.x = 10
except Exception as exc:
    print(type(exc).__name__, exc)
print({p, Point(1, 2), q})
