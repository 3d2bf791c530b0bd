# abstract base classes
from abc import ABC, abstractmethod
from collections.abc import Sequence, Mapping, Iterable

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return f"{type(self).__name__}: area={self.area():.2f}, perimeter={self.perimeter():.2f}"

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)

class Incomplete(Shape):
    def area(self):
        return 0

print(Rect(3, 4).describe())
try:
    Shape()
except TypeError as e:
    print("cannot instantiate Shape")
try:
    Incomplete()
except TypeError as e:
    print("cannot instantiate Incomplete")

class MyList(Sequence):
    def __init__(self, data):
        self._d = list(data)
    def __getitem__(self, i):
        return self._d[i]
    def __len__(self):
        return len(self._d)

ml = MyList("hello")
print(len(ml), ml[1], ml.index("l"), ml.count("l"), list(reversed(ml)), "e" in ml)
print(isinstance(ml, Sequence), isinstance({}, Mapping), isinstance(5, Iterable))
print(issubclass(Rect, Shape), Shape.__abstractmethods__ == frozenset({"area", "perimeter"}))
