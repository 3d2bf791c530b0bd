# expect: accept
# why: an enum with an int mixin whose __new__ is pure, a pure _missing_, a runtime protocol by inheritance from typing.SupportsFloat with a pure getter, all inside comparisons
import enum
import typing


class Cents(int):
    def __new__(cls, amount):
        return int.__new__(cls, round(amount * 100))


class Level(Cents, enum.Enum):
    LOW = 1
    HIGH = 2

    @classmethod
    def _missing_(cls, value):
        return cls.LOW


class Quantity(typing.SupportsFloat, typing.Protocol):
    unit: str


class Meters:
    def __init__(self, v):
        self.v = v

    @property
    def unit(self):
        return "m"

    def __float__(self):
        return float(self.v)


class Item:
    def __init__(self, name, size, level):
        self.name, self.size, self.level = name, size, level

    def rank(self):
        weight = Level.HIGH if self.level > 100 else Level.LOW
        measured = isinstance(self.size, Quantity)
        return (int(weight), measured, float(self.size), self.name)

    def __lt__(self, other):
        return self.rank() < other.rank()

    def __eq__(self, other):
        return isinstance(other, Item) and self.rank() == other.rank()

    def __hash__(self):
        return hash(self.name)


items = [Item("rope", Meters(3), 200), Item("wire", Meters(1), 100), Item("tape", 2.0, 7)]
for it in sorted(items):
    print(it.name, it.level, float(it.size))
print(Level(300), Cents(1.5), Item("a", 1.0, 1) == Item("a", 1.0, 1))
