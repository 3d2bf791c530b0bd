from abc import ABC, abstractmethod
import math

class Shape(ABC):
    @abstractmethod
    def area(self) -> float:
        ...

    @abstractmethod
    def perimeter(self) -> float:
        ...

    def describe(self):
        return f"{type(self).__name__}: area={self.area():.2f} perimeter={self.perimeter():.2f}"

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)

class Broken(Shape):
    def area(self):
        return 0

for s in [Rect(3, 4), Circle(1.5), Square(2)]:
    print(s.describe())
try:
    Broken()
except TypeError as e:
    print("TypeError:", e)
print(issubclass(Square, Shape), isinstance(Square(1), Rect), Square.__mro__[1].__name__)
print(sorted([Rect(1, 1), Circle(1), Square(3)], key=lambda s: s.area())[0].describe())
