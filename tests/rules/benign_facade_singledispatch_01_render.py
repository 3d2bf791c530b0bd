# expect: accept
# why: singledispatch: @f.register on defs annotated with classes, register(Class) stacked and called, unions, a module's class
import functools
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import singledispatch


@dataclass
class Point:
    x: int
    y: int


class Tag:
    def __init__(self, name):
        self.name = name


@singledispatch
def render(value, indent=0):
    return repr(value)


@render.register
def _(value: dict, indent: int = 0) -> str:
    pad = "  " * (indent + 1)
    return "\n" + "\n".join(f"{pad}{k} = {render(v, indent + 1)}" for k, v in sorted(value.items()))


@render.register
def _(value: list, indent=0):
    return "[" + ", ".join(render(v, indent) for v in value) + "]"


@render.register
def _(value: bool, indent=0):
    return "yes" if value else "no"


@render.register
def _(value: int | float, indent=0):
    return f"{value:g}"


@render.register
def _(value: Point, indent=0):
    return f"({value.x}, {value.y})"


@render.register(str)
@render.register(Tag)
def _(value, indent=0):
    return f"<{value}>" if isinstance(value, str) else f"<{value.name}>"


@render.register
def _(value: date, indent=0):
    return value.isoformat()


def money(value, indent=0):
    return f"${value:.2f}"


render.register(Decimal, money)


@functools.singledispatch
def size(x):
    return 0


@size.register
def _(x: list, weights: dict[str, int] | None = None) -> int:
    return len(x)


print(render({"a": [1, 2.5, True], "b": {"c": Point(1, 2)}, "d": "s", "e": Tag("t")}))
print(render(date(2024, 1, 2)), render(Decimal("3.14159")), render(None))
print(sorted(t.__name__ for t in (int, float, str, list, dict) if render.dispatch(t) is not render.dispatch(object)))
print(render.dispatch(bool).__name__, size([1, 2, 3]), size("x"))
