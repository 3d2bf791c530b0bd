from typing import Generic, Iterator, List, NamedTuple, Optional, Protocol, TypedDict, TypeVar, runtime_checkable

T = TypeVar("T")

@runtime_checkable
class Shape(Protocol):
    def area(self) -> float: ...

class Square:
    def __init__(self, s: float) -> None:
        self.s = s
    def area(self) -> float:
        return self.s ** 2

class Circle:
    def __init__(self, r: float) -> None:
        self.r = r
    def area(self) -> float:
        return 3.14159 * self.r ** 2

class Movie(TypedDict):
    title: str
    year: int

class Pair(NamedTuple):
    left: int
    right: int = 0

class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []
    def push(self, item: T) -> None:
        self._items.append(item)
    def pop(self) -> Optional[T]:
        return self._items.pop() if self._items else None
    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)
    def __len__(self) -> int:
        return len(self._items)

def total_area(shapes: List[Shape]) -> float:
    return sum(s.area() for s in shapes)

print(round(total_area([Square(2), Circle(1)]), 3))
print(isinstance(Square(1), Shape), isinstance("x", Shape))
m: Movie = {"title": "Alien", "year": 1979}
print(m, Movie.__required_keys__ == {"title", "year"})
p = Pair(3)
print(p, p._replace(right=9), p._asdict(), Pair._fields)
s: Stack[int] = Stack()
for i in range(4):
    s.push(i)
print(list(s), s.pop(), len(s))
