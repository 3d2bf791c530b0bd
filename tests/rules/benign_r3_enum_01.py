# expect: accept
# why: enum classes with classmethods that look members up (cls[name], cls(value),
# iteration), a member-less base enum with shared methods, library decorators on
# an enum class, descriptors whose __set_name__/__get__ only inspect the owner,
# super() in a method: every enum class stays a name the checker judges
import enum
import functools


class Describe(enum.Enum):
    def describe(self):
        return f"{self.name.lower()}={self.value}"


@enum.unique
class Color(Describe):
    RED = 1
    GREEN = 2

    @classmethod
    def parse(cls, text):
        return cls[text.strip().upper()]

    @classmethod
    def from_value(cls, v):
        return cls(v)

    @classmethod
    def names(cls):
        return [m.name for m in cls]


@functools.total_ordering
class Size(enum.IntEnum):
    S = 1
    M = 2

    def __lt__(self, other):
        return self.value < other.value


class Labelled:
    def __set_name__(self, owner, name):
        self.name = name
        self.where = owner.__name__

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return f"{self.where}.{self.name}"


class Card:
    label = Labelled()


print(Color.parse(" red "), Color.from_value(2), Color.names(), Color.RED.describe())
print(Size.S < Size.M, Card().label, isinstance(Color.RED, Describe))
