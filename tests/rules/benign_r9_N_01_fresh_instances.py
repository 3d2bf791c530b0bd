# expect: accept
# why: honest __new__ look-alikes the hook rule keeps: each returns a new instance of
#   its own class, made by super().__new__(cls, ...), object.__new__(cls) or a
#   builtin base's __new__, directly or through a local bound only to it, in a
#   plain class, immutable float and tuple subclasses, a class counting its
#   instances and an enum with its own __new__; all copied with copy.deepcopy
import copy
import enum


class Point:
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls)

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        return float.__new__(cls, value)


class Pair(tuple):
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))

    def __getnewargs__(self):
        return tuple(self)


class Counted:
    made = []

    def __new__(cls):
        made = object.__new__(cls)
        Counted.made.append(len(Counted.made))
        return made

    def __init__(self):
        self.serial = Counted.made[-1]


class Mode(enum.Enum):
    READ = "r"
    WRITE = "w"

    def __new__(cls, code):
        member = object.__new__(cls)
        return member

    def __init__(self, code):
        self.code = code.upper()


p = copy.deepcopy(Point(1, 2))
print(p, type(p).__name__)
print(copy.deepcopy(Celsius(21.5)) + 1)
print(copy.deepcopy(Pair(3, 4)), type(copy.deepcopy(Pair(3, 4))).__name__)
a, b = Counted(), Counted()
print(a.serial, b.serial, copy.deepcopy(b).serial)
print(Mode.READ.code, copy.deepcopy(Mode.WRITE) is Mode.WRITE)
