# expect: accept
# why: a closed class's validating __setattr__ (bases the program's own: only the program's stores reach it) that refuses bad values and writes its fields with object.__setattr__ and literal names; the value is kept only through those stores
import math


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        object.__setattr__(self, "x", float(x))
        object.__setattr__(self, "y", float(y))

    def __setattr__(self, name, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"{name} must be a number")
        raise AttributeError(f"Point is immutable: cannot set {name}")

    def norm(self):
        return math.hypot(self.x, self.y)


class Labeled(Point):
    __slots__ = ("label",)

    def __init__(self, x, y, label):
        super().__init__(x, y)
        object.__setattr__(self, "label", label)


p = Labeled(3, 4, "a")
print(p.norm(), p.label)
for bad in ("text", 7):
    try:
        p.x = bad
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
