# expect: accept
# why: printing the method resolution order and bases of the program's own
#   classes, named directly.
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...


class Colored:
    color = "red"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


class ColoredSquare(Colored, Square):
    pass


class Error(Exception):
    pass


class NotFound(Error, KeyError):
    pass


print("MRO:", [c.__name__ for c in ColoredSquare.__mro__])
print("bases:", [b.__name__ for b in ColoredSquare.__bases__])
print([c.__qualname__ for c in NotFound.__mro__])
print(len(Square.__mro__), Square.__bases__[0] is Shape, Shape in ColoredSquare.__mro__)
print(ColoredSquare(3).area(), ColoredSquare.__name__)
