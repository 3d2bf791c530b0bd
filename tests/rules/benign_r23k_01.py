# expect: accept
# why: honest look-alikes of round 23k: a functools.wraps decorator over the program's functions, starmap over the program's pairs, namedtuple and dataclass fields with ordinary names, a class attribute holding the program's own object, super() used for a method
import collections
import dataclasses
import functools
import itertools


def logged(fn):
    @functools.wraps(fn)
    def inner(*args, **kwargs):
        inner.calls += 1
        return fn(*args, **kwargs)

    inner.calls = 0
    return inner


@logged
def area(w, h):
    return w * h


Point = collections.namedtuple("Point", "x y")


@dataclasses.dataclass
class Box:
    label: str
    items: list = dataclasses.field(default_factory=list)


class Base:
    def describe(self):
        return "base"


class Shelf(Base):
    default = Box("spare")

    def describe(self):
        return "shelf over " + super().describe()


totals = list(itertools.starmap(area, [(2, 3), (4, 5)]))
b = Box("tools")
b.items.append("hammer")
Shelf.default.items.append("tape")
print(totals, area.calls, area.__name__, Point(1, 2).x, b, Shelf().describe(), Shelf.default.items)
