# expect: accept
# why: enum classes compared by identity and tested for membership (x in Color
# asks the enum's own metaclass), members compared by value
import enum


class Color(enum.Enum):
    RED = 1
    BLUE = 2


x = Color.RED
print(x in Color, type(x) is Color, Color.BLUE not in Color, x == Color.RED)
print(x is Color.RED, [c.name for c in Color if c is not x], 2 in [c.value for c in Color])
