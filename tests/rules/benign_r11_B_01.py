# expect: accept
# why: eleventh red team (11a), family B: enum's, abc's and typing's classes as bases, by a module path, a from-import and a from-import alias, stay inert (their instances are the program's)

import abc
import enum
import typing
from abc import ABC
from enum import Enum, IntFlag as Perm
from typing import Generic, NamedTuple, Protocol as Proto, TypeVar

T = TypeVar("T")


class Color(Enum):
    RED = 1
    GREEN = 2


class Mode(enum.IntEnum):
    READ = 1


class Bits(Perm):
    X = 1
    W = 2


class Shape(ABC):
    @abc.abstractmethod
    def area(self):
        ...


class Square(Shape):
    def __init__(self, side):
        self.side = side
        self.tags = []

    def area(self):
        return self.side * self.side


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
        self.log = []


class Sized(Proto):
    def size(self) -> int:
        ...


class Point(NamedTuple):
    x: int
    y: int


class Movie(typing.TypedDict):
    title: str


s = Square(3)
s.tags.append("big")
s.side = 4
b = Box([1])
b.log.append("made")
b.item.append(2)
p = Point(1, 2)
m: Movie = {"title": "x"}
m["title"] = "y"
print(Color(1).name, Mode.READ.value, Bits.X | Bits.W, s.area(), s.tags, b.item, b.log, p, m)
