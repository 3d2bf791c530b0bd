# expect: accept
# why: honest look-alikes of the comparison purity rule (rules/README.md, section 5):
#   __eq__/__lt__/__hash__ comparing tuples of attributes, isinstance and
#   NotImplemented, total_ordering, a frozen class set up through object.__setattr__
#   in __init__, a property getter, a constructor called from __add__, a key
#   function handed to sorted, list ordering comparisons, deque.index/count/remove,
#   and a __repr__ that joins and formats freely (no comparison converts to text)
import collections
import functools
from math import gcd


def norm(n, d):
    g = gcd(n, d)
    return (n // g, d // g)


@functools.total_ordering
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) < (other.major, other.minor)

    def __hash__(self):
        return hash((self.major, self.minor))

    def __repr__(self):
        return "Version(" + ", ".join(str(p) for p in (self.major, self.minor)) + ")"


class Frac:
    __slots__ = ("n", "d")

    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        n, d = norm(n, d)
        object.__setattr__(self, "n", n)
        object.__setattr__(self, "d", d)

    def __setattr__(self, name, value):
        raise AttributeError("Frac is immutable")

    @property
    def value(self):
        return self.n / self.d

    def __add__(self, o):
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)

    def __eq__(self, o):
        return isinstance(o, Frac) and norm(self.n, self.d) == norm(o.n, o.d)

    def __lt__(self, o):
        return self.value < o.value

    def __hash__(self):
        return hash(norm(self.n, self.d))

    def __repr__(self):
        return f"{self.n}/{self.d}"


class Node:
    __hash__ = None

    def __init__(self, label, weight):
        self.label = label
        self.weight = weight

    def __eq__(self, other):
        return type(other) is type(self) and (self.label, self.weight) == (other.label, other.weight)

    def __len__(self):
        return len(self.label)


versions = [Version(1, 2), Version(0, 9), Version(1, 0)]
print(sorted(versions), max(versions), Version(1, 0) >= Version(0, 9))
print([Version(1, 0), Version(2, 0)] < [Version(1, 0), Version(3, 0)])
fracs = collections.deque([Frac(1, 2), Frac(2, 4), Frac(1, 3)])
print(fracs.index(Frac(1, 3)), fracs.count(Frac(1, 2)), Frac(1, 2) + Frac(1, 3))
fracs.remove(Frac(2, 4))
print(sorted(fracs), {Frac(1, 2): "half"}[Frac(2, 4)])
nodes = [Node("a", 2), Node("bb", 1)]
print(sorted(nodes, key=lambda n: n.weight)[0].label, Node("a", 2) in nodes, len(nodes[1]))
