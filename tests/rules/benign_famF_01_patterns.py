# expect: accept
# why: family F look-alike: positional patterns on program classes with literal __match_args__, dataclasses, builtins; keyword patterns
from dataclasses import dataclass
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Point3(Point):
    pass
@dataclass
class Vec:
    dx: int
    dy: int
def show(v):
    match v:
        case Point(0, y):
            return f"on the y axis at {y}"
        case Vec(dx, dy):
            return f"vec {dx},{dy}"
        case int(n) | float(n):
            return f"number {n}"
        case str(s):
            return "text " + s
        case {"k": Point(x=x)}:
            return f"dict {x}"
        case _:
            return "other"
print(show(Point(0, 5)), show(Vec(1, 2)), show(3), show("a"), show({"k": Point3(7, 8)}), show(None))
