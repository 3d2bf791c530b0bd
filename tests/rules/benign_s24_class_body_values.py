# expect: accept
# why: round 29's look-alike: enum members and NamedTuple defaults of literals, iterated, looked up and unpacked, and lists made from them appended to: a class holds its body's values, which are the program's here
import enum
from typing import NamedTuple


class Color(enum.Enum):
    RED = (255, 0, 0)
    GREEN = (0, 255, 0)


class Point(NamedTuple):
    x: int = 0
    y: int = 0


names = [m.name for m in Color]
names.append("extra")
rgb = list(Color["RED"].value)
rgb.append(1)
coords = list(Point())
coords.append(3)
a, b = Point(1, 2)
print(names, rgb, coords, a + b, Color((0, 255, 0)).name)
