# Type hints in practice: Protocol, Generic, TypedDict, Optional, NamedTuple.
from typing import Dict, Generic, Iterator, List, NamedTuple, Optional, Protocol, TypedDict, TypeVar

T = TypeVar("T")
K = TypeVar("K")


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


def total_area(shapes: List[Shape]) -> float:
    return sum(s.area() for s in shapes)


class Movie(TypedDict):
    title: str
    year: int
    rating: Optional[float]


class Pair(NamedTuple):
    key: str
    value: int


class Registry(Generic[K, T]):
    def __init__(self) -> None:
        self._items: Dict[K, T] = {}

    def add(self, key: K, item: T) -> None:
        self._items[key] = item

    def get(self, key: K) -> Optional[T]:
        return self._items.get(key)

    def __iter__(self) -> Iterator[K]:
        return iter(sorted(self._items))


def best(movies: List[Movie]) -> Optional[Movie]:
    rated = [m for m in movies if m["rating"] is not None]
    return max(rated, key=lambda m: m["rating"]) if rated else None


print(f"{total_area([Square(2), Circle(1), Square(0.5)]):.4f}")
movies: List[Movie] = [
    {"title": "Alien", "year": 1979, "rating": 8.5},
    {"title": "Heat", "year": 1995, "rating": 8.3},
    {"title": "Unknown", "year": 2030, "rating": None},
]
print(best(movies))
print(best([]))
reg: Registry[str, Pair] = Registry()
for k, v in [("b", 2), ("a", 1), ("c", 3)]:
    reg.add(k, Pair(k, v))
print(list(reg), reg.get("a"), reg.get("zzz"))
print(Movie.__required_keys__ == {"title", "year", "rating"}, Pair._fields)
print(total_area.__annotations__["return"].__name__)
