# typing: annotations, Protocol, TypedDict, NamedTuple, Generic, Optional
from __future__ import annotations
from typing import Protocol, TypedDict, NamedTuple, Generic, TypeVar, Optional, Iterable, Callable, Union

T = TypeVar("T")

class Shape(Protocol):
    def area(self) -> float: ...

class Square:
    def __init__(self, side: float) -> None:
        self.side = side
    def area(self) -> float:
        return self.side ** 2

class Circle:
    def __init__(self, r: float) -> None:
        self.r = r
    def area(self) -> float:
        return 3.14159 * self.r ** 2

def total_area(shapes: Iterable[Shape]) -> float:
    return sum(s.area() for s in shapes)

class Movie(TypedDict):
    title: str
    year: int

class Pair(NamedTuple):
    left: int
    right: int = 0
    def swap(self) -> "Pair":
        return Pair(self.right, self.left)

class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []
    def push(self, item: T) -> None:
        self._items.append(item)
    def pop(self) -> Optional[T]:
        return self._items.pop() if self._items else None

def apply(f: Callable[[int], int], xs: list[int]) -> list[int]:
    return [f(x) for x in xs]

def parse(v: Union[str, int]) -> int:
    return int(v)

print(round(total_area([Square(2), Circle(1)]), 3))
m: Movie = {"title": "Alien", "year": 1979}
print(m["title"], m["year"], Movie.__annotations__ if False else "typed")
p = Pair(1, 2)
print(p, p.swap(), p._asdict(), Pair(5), p._replace(left=9))
s: Stack[int] = Stack()
s.push(1); s.push(2)
print(s.pop(), s.pop(), s.pop())
print(apply(lambda x: x * 3, [1, 2]), parse("42") + parse(1))
