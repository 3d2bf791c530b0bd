# expect: reject class
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: annotations are evaluated when the def statement runs: a call inside
#   one (x: leak(Base)) and a program class's __class_getitem__ (x: G[Base]) both
#   receive the member-less enum class, a class factory.
# Goal reached: exec obtained as a value; printed the environment.
import copy
import enum
import typing

made = []


def red(self, proto):
    return (typing.List.copy_with, (("exec",),), {"_name": "__builtins__"})


class G:
    def __class_getitem__(cls, item):
        made.append(item("E", {"X": 1, "__deepcopy__": None, "__reduce_ex__": red}))
        return cls


class Base(enum.Enum):
    pass


def handler(x: G[Base]):
    return x


ex = copy.deepcopy(copy.deepcopy(made[0].X))
ex("import os\nprint(sorted(os.environ)[:3])")
