# expect: accept
# why: honest37 p27: an annotation naming the class (`other: Vector`) hands it to no code when nothing reads annotations back, so it makes no container hook of the class one the library may call
from __future__ import annotations

from functools import total_ordering
from typing import Iterator


@total_ordering
class Vector:
    def __init__(self, *components: float) -> None:
        self._c = tuple(float(x) for x in components)

    def __iter__(self) -> Iterator[float]:
        return iter(self._c)

    def __matmul__(self, other: Vector) -> float:
        return sum(a * b for a, b in zip(self, other))

    def __lt__(self, other: Vector) -> bool:
        return tuple(self) < tuple(other)


print(Vector(1, 2) < Vector(2, 3), Vector(1, 2) @ Vector(2, 3))
