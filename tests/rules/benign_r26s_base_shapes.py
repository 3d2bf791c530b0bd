# expect: accept
# why: the base shapes honest programs write: names, a module's class, generic subscripts of the library's classes (Generic[T]), a program generic class as a plain name, a namedtuple call
import collections
import enum
import typing

T = typing.TypeVar("T")


class Box(typing.Generic[T]):
    def __init__(self, item: T):
        self.item = item


class IntBox(Box):
    pass


class Point(collections.namedtuple("Point", "x y")):
    def norm1(self):
        return abs(self.x) + abs(self.y)


class Color(enum.Enum):
    RED = 1


print(IntBox(3).item, Point(1, -2).norm1(), Color.RED.name)
