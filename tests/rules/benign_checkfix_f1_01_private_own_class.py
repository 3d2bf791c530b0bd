# expect: accept
# why: private state read through self in methods, in closures and lambdas of a
# method, through cls in a classmethod, in a class deriving from the program's own
# classes, builtin classes (Exception, dict) and abc.ABC; namedtuple's _replace,
# _asdict, _fields, _make
import abc
import collections


class Shape(abc.ABC):
    def __init__(self, name):
        self._name = name

    @abc.abstractmethod
    def area(self):
        ...

    def label(self):
        return f"{self._name}: {self.area():.2f}"


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self._side = side

    def area(self):
        return self._side ** 2

    def scaled(self, k):
        return [self._side * i for i in range(k)]


class Registry:
    _count = 0

    def __init__(self):
        self._items = {}

    @classmethod
    def bump(cls):
        cls._count += 1
        return cls._count

    def register(self, key):
        def deco(fn):
            self._items[key] = fn
            return fn
        return deco

    def keys(self):
        return sorted(self._items, key=lambda k: len(self._items[k].__name__))


class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self._code = code

    def code(self):
        return self._code


class Counts(dict):
    def __init__(self):
        super().__init__()
        self._total = 0

    def add(self, k):
        self[k] = self.get(k, 0) + 1
        self._total += 1
        return self._total


reg = Registry()


@reg.register("hi")
def hello():
    return "hello"


Point = collections.namedtuple("Point", "x y")
p = Point(1, 2)
print(Square(3).label(), Square(2).scaled(3), Registry.bump(), reg.keys())
print(p._replace(x=5), p._asdict(), Point._fields, Point._make([3, 4]))
print(AppError(7).code())
c = Counts()
c.add("a")
print(c.add("b"), dict(c))
