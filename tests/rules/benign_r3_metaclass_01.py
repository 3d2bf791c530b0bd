# expect: accept
# why: abc.ABCMeta as a class statement's metaclass= and in isinstance, abc.ABC,
# numbers' abstract classes in isinstance, typing.NamedTuple classes: the
# metaclass is offered under abc's path only, and used only where it builds no
# class from a mapping
import abc
import numbers
import typing
from abc import ABCMeta, abstractmethod


class Shape(metaclass=abc.ABCMeta):
    @abstractmethod
    def area(self):
        ...


class Named(metaclass=ABCMeta):
    pass


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


class Point(typing.NamedTuple):
    x: int
    y: int


print(Square(3).area(), isinstance(Shape, abc.ABCMeta), isinstance(3, numbers.Integral))
print(isinstance(2.5, numbers.Real), Point(1, 2), issubclass(Named, abc.ABC))
