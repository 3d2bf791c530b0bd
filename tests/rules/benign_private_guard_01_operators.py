# expect: accept
# why: private state of another instance read after an isinstance or type() test against the program's own closed class (and-chain, if-body, early return), the operator idiom
class SparseVector:
    __slots__ = ("_data", "dim")

    def __init__(self, dim, data=None):
        self.dim = dim
        self._data = {i: v for i, v in (data or {}).items() if v}

    def __eq__(self, other):
        return isinstance(other, SparseVector) and self.dim == other.dim and self._data == other._data

    def __hash__(self):
        return hash(self.dim)

    def union_keys(self, other):
        if not isinstance(other, SparseVector):
            raise TypeError("need a SparseVector")
        return sorted(self._data.keys() | other._data.keys())

    def common(self, other):
        if isinstance(other, (SparseVector,)):
            return sorted(set(self._data) & set(other._data))
        return []


a = SparseVector(3, {0: 1, 2: 5})
b = SparseVector(3, {1: 2, 2: 5})
print(a == b, a.union_keys(b), a.common(b))


class Money:
    __slots__ = ("_cents",)

    def __init__(self, cents):
        self._cents = cents

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._cents == other._cents

    def __hash__(self):
        return hash(self._cents)

    def same_exact(self, other):
        return type(other) is Money and other._cents == self._cents


print(Money(5) == Money(5), Money(5).same_exact(Money(6)))
