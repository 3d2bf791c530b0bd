# expect: accept
# why: enum classes and type in annotations where no program code receives them:
# the whole annotation, parameters of library generics, unions with None
import enum
import typing
from typing import Optional, Callable


class Color(enum.Enum):
    RED = 1


def paint(c: Color, d: Optional[Color] = None, e: "Color" = Color.RED) -> list[Color]:
    return [c]


def pick(m: dict[str, Color], f: Callable[[Color], int], g: Color | None = None,
         h: typing.Union[Color, int] = 1, k: type = int, t: tuple[type, ...] = ()) -> Color:
    return m["a"]


x: typing.List[Color] = [Color.RED]
print(paint(Color.RED), pick({"a": Color.RED}, len), x)
