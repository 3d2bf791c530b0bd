# expect: accept
# why: abc, array, cmath, enum, graphlib, numbers, operator.itemgetter, time
import abc
import array
import cmath
import enum
import graphlib
import numbers
import operator
import time


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


class Color(enum.Enum):
    RED = enum.auto()
    GREEN = enum.auto()


class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1


arr = array.array("i", [3, 1, 2])
arr.append(5)
ts = graphlib.TopologicalSorter({"b": {"a"}, "c": {"b"}})
print(Square(3).area(), Color.RED.name, Color(2), Perm.R | Perm.W, Perm(6))
print(arr.tolist(), cmath.sqrt(-1), isinstance(3, numbers.Integral), list(ts.static_order()))
print(sorted([("b", 2), ("a", 9)], key=operator.itemgetter(1)), operator.add(2, 3), operator.mul(3, 4))
t0 = time.perf_counter()
time.sleep(0.001)
print(time.perf_counter() > t0)
