# expect: reject dunder
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: __new__ bound in an enum class body by assignment, not by a def: a
#   module-level function wrapped in staticmethod is the member constructor and
#   receives the enum class while its first member is made (no member yet).
# Goal reached: exec obtained as a value; printed the environment.
import copy
import enum
import typing

made = []


def red(self, proto):
    return (typing.List.copy_with, (("exec",),), {"_name": "__builtins__"})


def construct(cls, value):
    if not made:
        made.append(None)
        made.append(cls("E", {"X": 1, "__deepcopy__": None, "__reduce_ex__": red}))
    return object.__new__(cls)


class Level(enum.Enum):
    __new__ = staticmethod(construct)
    LOW = 1


ex = copy.deepcopy(copy.deepcopy(made[1].X))
ex("import os\nprint(sorted(os.environ)[:3])")
