# expect: accept
# why: a subscripted base is the library's (typing.Generic, a builtin class, an imported container): each stands for its class, which the walks read by name
import typing
from collections import UserDict
from typing import Generic, TypeVar

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, x: T) -> None:
        self.items.append(x)


class IntStack(Stack):
    pass


class Pair(typing.Generic[T]):
    def __init__(self, a: T, b: T) -> None:
        self.a, self.b = a, b


class Scores(dict[str, int]):
    def best(self) -> str:
        return max(self, key=self.get)


class Caseless(UserDict[str, int]):
    def total(self) -> int:
        return sum(self.data.values())


s = IntStack()
s.push(3)
sc = Scores(a=1, b=5)
c = Caseless(x=2, y=3)
print(s.items, Pair(1, 2).b, sc.best(), c.total())
