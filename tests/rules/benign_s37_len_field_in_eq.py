# expect: accept
# why: honest37 p27: an f-string field of len() or hash() is an exact int, formatted by int's own __format__: a comparison dunder raising with it converts no program object to text, so __repr__ is not judged as code run inside a comparison
class Vector:
    def __init__(self, *c):
        self._c = tuple(c)

    def __iter__(self):
        return iter(self._c)

    def __len__(self):
        return len(self._c)

    def __repr__(self):
        inner = ", ".join(f"{x:g}" for x in self._c)
        return f"Vector({inner})"

    def __eq__(self, other):
        if len(self) != len(other):
            raise ValueError(f"dimension mismatch: {len(self)} vs {len(other)}")
        return tuple(self._c) == tuple(other)

    def __hash__(self):
        return hash(self._c)


print(Vector(1, 2) == Vector(1, 2), repr(Vector(1.5)))
