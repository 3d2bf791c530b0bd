# expect: accept
# why: abc.ABC and typing.Generic hold no instance and look no name up on one: self in their subclasses is the program's own (program_only_class), so a program with an lru_cache'd function (an opaque callback) keeps its own objects' stores
from abc import ABC, abstractmethod
from collections import deque
from functools import lru_cache
from typing import Generic, TypeVar
import math

T = TypeVar("T")


class Shape(ABC):
    def __init__(self, name):
        self.name = name

    @abstractmethod
    def area(self) -> float: ...


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        return self._items.pop()

    def __iter__(self):
        return iter(reversed(self._items))


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


s = Stack[int]()
for i in range(3):
    s.push(fib(i + 10))
print(list(s), s.pop())
q = deque([1, 2, 3])
q.rotate(1)
print(q, q.popleft(), round(Circle(2).area(), 2))
