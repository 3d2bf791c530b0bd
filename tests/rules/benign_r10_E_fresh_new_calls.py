# expect: accept
# why: honest __new__ look-alikes the tenth round's rule keeps (family E): super().__new__
#   in closed classes, a builtin data class's __new__ by name (int, str, tuple, object),
#   a program base class's __new__ by name, object.__new__(cls) in an alternative
#   constructor, an int-valued enum whose members are made by int.__new__; every copy
#   of them is a new instance of the program's class
import copy
import enum


class Base:
    def __new__(cls, *args):
        return super().__new__(cls)

    def __init__(self, *args):
        self.args = args


class Child(Base):
    def __new__(cls, *args):
        made = Base.__new__(cls, *args)
        return made


class Upper(str):
    def __new__(cls, text):
        return str.__new__(cls, text.upper())


class Even(int):
    def __new__(cls, n):
        return super().__new__(cls, n - n % 2)


class Record:
    def __init__(self, name):
        self.name = name

    @classmethod
    def blank(cls):
        return object.__new__(cls)


class Level(int, enum.Enum):
    LOW = 1
    HIGH = 2

    def __new__(cls, value):
        member = int.__new__(cls, value)
        return member


c = copy.deepcopy(Child(1, 2))
print(type(c).__name__, c.args)
print(Upper("abc"), copy.deepcopy(Upper("x")))
print(Even(7), copy.deepcopy(Even(9)) + 0)
print(type(Record.blank()).__name__, Record("r").name)
print(Level(2).name, Level.LOW + 1)
