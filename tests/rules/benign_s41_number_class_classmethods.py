# expect: accept
# why: round 72's number classes are judged by the names Fraction reads and calls (numerator, denominator, real, imag, as_integer_ratio, ...) and the dunders, not every def: an IntEnum's parsing classmethod, a float subclass's formatting helper and its mixin's describe method are no hooks of a comparison, beside a __eq__ of the program's
import enum
from fractions import Fraction


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2

    @classmethod
    def parse(cls, text):
        names = [m.name for m in cls]
        return cls[text.upper()] if text.upper() in names else cls(int(text))


class Describe:
    def describe(self):
        print(f"value {self!r}")
        return str(self)


class Money(Describe, float):
    def rounded(self):
        return f"{self:.2f}"


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)


print(Level.parse("high"), Level.parse("1"), Money(2.5).rounded(), Money(1.25).describe())
print(Fraction(5, 2) == Money(2.5), Point(1, 2) == Point(1, 2), sorted([Level.HIGH, Level.LOW]))
