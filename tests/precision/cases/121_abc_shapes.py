# Abstract base classes and inheritance; printing the method resolution order.
import math
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__}: area={self.area():.2f} perimeter={self.perimeter():.2f}"


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rectangle(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Colored:
    def __init__(self, *args, color="black", **kwargs):
        super().__init__(*args, **kwargs)
        self.color = color

    def describe(self):
        return f"{self.color} " + super().describe()


class ColoredSquare(Colored, Rectangle):
    def __init__(self, side, color="red"):
        super().__init__(side, side, color=color)


shapes = [Circle(1), Rectangle(2, 3.5), ColoredSquare(2, color="blue")]
for s in shapes:
    print(s.describe())

try:
    Shape()
except TypeError as e:
    print("cannot instantiate:", "abstract" in str(e))


class Half(Shape):
    def area(self):
        return 0


try:
    Half()
except TypeError:
    print("Half is still abstract:", sorted(Half.__abstractmethods__))

print("MRO:", [cls.__name__ for cls in ColoredSquare.__mro__])
print("bases:", [b.__name__ for b in ColoredSquare.__bases__])
print(isinstance(shapes[2], Shape), issubclass(ColoredSquare, Rectangle), issubclass(Colored, Shape))
