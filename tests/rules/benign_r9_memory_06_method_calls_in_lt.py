# expect: accept
# why: moved from policy (fix9c) by the comparison purity rule's allowance (a) (rules/README.md, section 5): __lt__ calls self.area(), and area is bound only by defs of the program's classes (one under abc.abstractmethod), judged pure, and is no method or attribute name of a builtin or library type
from abc import ABC, abstractmethod
import math


class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...

    @abstractmethod
    def perimeter(self) -> float: ...

    def __lt__(self, other):
        return self.area() < other.area()

    def __repr__(self):
        return f"{type(self).__name__}(area={self.area():.2f})"


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


try:
    Shape()
except TypeError as e:
    print("abstract:", type(e).__name__)
print(sorted([Circle(1), Rect(2, 3), Rect(1, 1)]), max(Circle(2), Rect(3, 4)).perimeter())
