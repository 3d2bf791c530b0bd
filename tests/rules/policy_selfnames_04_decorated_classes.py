# expect: reject builtin
# why: classes decorated by dataclass and total_ordering (which return the class
#   they are given) keep their run-time names on self and by name. A method hands
#   out a copy of its namespace (dict(vars(self))): the namespace itself is a
#   read-only view that never leaves the expression that made it.
#   Refused since computed names on self must come from a judged source: this
#   name (a '+' chain, a kwargs key, a value from data) may hold any text.
# line: 28
import functools
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int

    def scaled(self, factor):
        for name in ("x", "y"):
            setattr(self, name, getattr(self, name) * factor)
        return dict(vars(self))


@functools.total_ordering
class Version:
    def __init__(self, text):
        for name, part in zip(("major", "minor"), text.split(".")):
            setattr(self, name, int(part))

    def __eq__(self, other):
        return isinstance(other, Version) and (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)


p = Point(1, 2)
print(p.scaled(3), p)
v = Version("1.4")
print(sorted(vars(v).items()), v < Version("1.10"), v == Version("1.4"))
print([c.__name__ for c in Point.__mro__], Version.__bases__[0].__name__)
