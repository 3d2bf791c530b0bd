# expect: accept
# why: was policy_s37_object_field_in_eq, its cost lifted: a field holding the object itself converts it to text inside the comparison, so __repr__ is judged as code run there, and a join over a generator expression is judged as the generator's body (written in the judged function) and its iterables, as all() over one was; only C reprs had been allowed it
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
            raise ValueError(f"dimension mismatch: {self} vs {other}")
        return tuple(self._c) == tuple(other)

    def __hash__(self):
        return hash(self._c)


print(Vector(1, 2) == Vector(1, 2), repr(Vector(1.5)))
