# __repr__/__eq__/__lt__/__hash__/__add__/__len__/__getitem__/__contains__/__bool__
class Vector:
    def __init__(self, *coords):
        self.coords = tuple(coords)
    def __repr__(self):
        return f"Vector{self.coords}"
    def __eq__(self, other):
        return isinstance(other, Vector) and self.coords == other.coords
    def __hash__(self):
        return hash(self.coords)
    def __lt__(self, other):
        return abs(self) < abs(other)
    def __abs__(self):
        return sum(c * c for c in self.coords) ** 0.5
    def __add__(self, other):
        return Vector(*(a + b for a, b in zip(self.coords, other.coords)))
    def __mul__(self, k):
        return Vector(*(a * k for a in self.coords))
    __rmul__ = __mul__
    def __len__(self):
        return len(self.coords)
    def __getitem__(self, i):
        return self.coords[i]
    def __contains__(self, x):
        return x in self.coords
    def __bool__(self):
        return any(self.coords)
    def __neg__(self):
        return self * -1

v, w = Vector(1, 2), Vector(3, 4)
print(v + w, 2 * v, v * 3, -w, abs(w), len(v), v[1], v[-1], 2 in v)
print(v == Vector(1, 2), v != w, v < w, sorted([w, v, Vector(0, 1)]))
print({v, Vector(1, 2), w}, bool(Vector(0, 0)), bool(v))
print(max([v, w]), repr(v), str(v), list(v))
class Temperature:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] or "") + "F"
        return format(self.c, spec) + "C"
    def __call__(self, delta):
        return Temperature(self.c + delta)
t = Temperature(21.5)
print(f"{t:.1f} {t:.0F} {t(3):.2f}")
