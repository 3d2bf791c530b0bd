# expect: reject class
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: classmethod(f) stored in a member-less enum class body (a classmethod
#   object is a descriptor, no member): f, written at module level, receives the
#   enum class as its first argument and calls it with (name, mapping).
# Goal reached: exec obtained as a value; printed the environment.
import copy
import enum
import typing


def red(self, proto):
    return (typing.List.copy_with, (("exec",),), {"_name": "__builtins__"})


def factory(c, name, names):
    return c(name, names)


class Base(enum.Enum):
    make = classmethod(factory)


E = Base.make("E", {"X": 1, "__deepcopy__": None, "__reduce_ex__": red})
ex = copy.deepcopy(copy.deepcopy(E.X))
ex("import os\nprint(sorted(os.environ)[:3])")
