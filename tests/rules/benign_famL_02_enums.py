# expect: accept
# why: family L look-alike: enums used the ordinary ways, including the functional API with literal names
import enum
from enum import Enum, IntFlag, auto
class Color(Enum):
    RED = 1
    GREEN = 2
class Perm(IntFlag):
    R = auto()
    W = auto()
Shape = Enum("Shape", "CIRCLE SQUARE")
Size = enum.Enum("Size", ["S", "M"])
def paint(c: Color) -> str:
    return c.name.lower()
print(Color(1), Color["GREEN"], [c.name for c in Color], len(Color), isinstance(Color.RED, Enum),
      Perm.R | Perm.W, Shape.SQUARE.value, list(Size), paint(Color.RED), Color.RED == Color(1))
