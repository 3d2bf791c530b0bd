# expect: accept
# why: the annotations people write: names, dotted names, subscripts of either (generic_type), unions, strings, a parameter's and a return's
import typing
from collections import abc

count: int = 0
names: list[str] = []
table: dict[str, list[int]] = {}
maybe: typing.Optional[int] = None
either: int | None = None
seq: abc.Sequence[int] = (1, 2)
later: "Box" = None


def total(xs: list[float], scale: float = 1.0) -> float:
    return sum(xs) * scale


class Box:
    items: list[int]

    def __init__(self) -> None:
        self.items = []


print(total([1.0, 2.5]), Box().items, count, names, table, maybe, either, seq, later)
