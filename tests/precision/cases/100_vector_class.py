# A 2D vector class with __slots__, operator overloading and immutability.
import math


class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x=0.0, y=0.0):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)

    def __setattr__(self, name, value):
        raise AttributeError("Vector is immutable")

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __bool__(self):
        return bool(self.x or self.y)

    def __iter__(self):
        yield self.x
        yield self.y

    def __format__(self, spec):
        return f"<{format(self.x, spec)}, {format(self.y, spec)}>"

    def rotated(self, degrees):
        a = math.radians(degrees)
        return Vector(self.x * math.cos(a) - self.y * math.sin(a), self.x * math.sin(a) + self.y * math.cos(a))


a, b = Vector(3, 4), Vector(1, -2)
print(a + b, a - b, a * 2, 3 * b, -a)
print("dot:", a * b, "length:", abs(a), "bool:", bool(Vector()), bool(a))
print(f"{a.rotated(90):.3f}", f"{b:06.2f}")
x, y = a
print(x, y, a == Vector(3, 4), len({a, Vector(3, 4), b}))
try:
    a.x = 10
except AttributeError as e:
    print("error:", e)
path = [Vector(0, 0), Vector(3, 4), Vector(6, 0), Vector(0, 0)]
print("perimeter:", sum(abs(q - p) for p, q in zip(path, path[1:])))
