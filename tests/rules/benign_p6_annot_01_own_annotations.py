# expect: accept
# why: __annotations__ read on a def or a class the program defines, named
#   directly: a function's parameter types, a TypedDict's and a NamedTuple's
#   fields, a plain class's annotated attributes, a dataclass's.
from dataclasses import dataclass
from typing import List, NamedTuple, Optional, TypedDict


def total_area(shapes: List[float], scale: float = 1.0) -> float:
    return sum(shapes) * scale


class Movie(TypedDict):
    title: str
    year: int
    rating: Optional[float]


class Pair(NamedTuple):
    key: str
    value: int


class Settings:
    debug: bool = False
    level: int = 3


@dataclass
class Point:
    x: int
    y: int = 0


print(total_area.__annotations__["return"].__name__)
for name, kind in total_area.__annotations__.items():
    print(name, kind)
print(sorted(Movie.__annotations__), list(Pair.__annotations__))
print({k: v.__name__ for k, v in Settings.__annotations__.items()})
print(len(Point.__annotations__), "shapes" in total_area.__annotations__)
