# expect: accept
# why: singledispatch: in a program that uses it, an ABC's register called with a class
from abc import ABC
from functools import singledispatch


class Shape(ABC):
    pass


class Square:
    def __init__(self, side):
        self.side = side


class Circle:
    def __init__(self, r):
        self.r = r


Shape.register(Square)
Shape.register(Circle)


@singledispatch
def area(s):
    raise TypeError("not a shape")


@area.register
def _(s: Square):
    return s.side ** 2


@area.register
def _(s: Circle):
    return round(3.14159 * s.r ** 2, 2)


for s in (Square(3), Circle(1)):
    print(type(s).__name__, isinstance(s, Shape), area(s))
