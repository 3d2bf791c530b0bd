# expect: accept
# why: the bases honest programs write are classes by their names: class statements (library decorators kept), imports, builtins, a module's class, a namedtuple call or a name bound once to one
import functools
from abc import ABC, abstractmethod
from collections import namedtuple
from dataclasses import dataclass

Point = namedtuple("Point", "x y")


class Vec(Point):
    def norm1(self):
        return abs(self.x) + abs(self.y)


class Pair(namedtuple("Pair", ["a", "b"])):
    pass


@dataclass
class Animal:
    name: str


@dataclass
class Dog(Animal):
    breed: str = "mutt"


@functools.total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents


class Euro(Money):
    pass


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class AppError(ValueError):
    pass


print(Vec(1, -2).norm1(), Pair(1, 2).b, Dog("rex"), Euro(5) < Euro(7), Square(3).area(), AppError("x"))
