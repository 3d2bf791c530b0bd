# expect: accept
# enum's documented __new__: each member made by the mixin type's __new__ with the
# class enum hands in, its _value_ and other attributes set there.
from enum import Enum


class Coordinate(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj

    PX = (0, "P.X")
    PY = (1, "P.Y")


class Ordinal(int, Enum):
    def __new__(cls, value):
        member = int.__new__(cls, value)
        member._value_ = value
        return member

    FIRST = 1
    SECOND = 2


print(Coordinate.PY.label, Coordinate(1).name, Ordinal.SECOND.value, Ordinal(1).name)
