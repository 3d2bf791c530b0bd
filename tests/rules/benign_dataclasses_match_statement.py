# expect: accept
# why: accepted since dataclasses and functools.wraps are offered as decorators (rules/facades.txt). Was: honest code, refused by policy: dataclasses compiles annotation keys as source (rules/imports.txt) - was: match with class, sequence, mapping, or-patterns and guards
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Circle:
    center: Point
    r: float


def describe(shape):
    match shape:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Circle(center=Point(x=cx, y=cy), r=r) if r > 0:
            return f"circle at {cx},{cy}"
        case [first, *rest]:
            return f"sequence starting {first} with {len(rest)} more"
        case {"type": "square", "side": side}:
            return f"square {side}"
        case str() | bytes():
            return "text"
        case 1 | 2 | 3:
            return "small"
        case _:
            return "unknown"


for s in [Point(0, 0), Point(0, 5), Point(2, 2), Circle(Point(1, 1), 2.0),
          [1, 2, 3], {"type": "square", "side": 4}, "hi", 2, 3.5]:
    print(describe(s))
