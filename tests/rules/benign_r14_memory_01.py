# expect: accept
# why: round 14's honest p44 (a Fluent-Python Vector): comparison dunders and operators
#   that iterate self.coords in a class that also defines __getitem__, __contains__,
#   __iter__ and __reversed__, all pure, and builds new vectors from `*` splats of
#   generator expressions (read into the call's arguments where they stand).
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

    def __iter__(self):
        return iter(self.coords)

    def __reversed__(self):
        return reversed(self.coords)

    def __bool__(self):
        return any(self.coords)


v, w = Vector(1, 2), Vector(3, 4)
print(v + w, 2 * v, v * 3, abs(w), len(v), v[1], 2 in v, list(reversed(v)))
print(v == Vector(1, 2), v < w, sorted([w, v, Vector(0, 1)]), max([v, w]), list(v))
print({v, Vector(1, 2), w}, bool(Vector(0, 0)), [Vector(1, 1)] < [Vector(2, 2)])
