# expect: reject class
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: the mixin reaches the enum class statement under another name
#   (Mixin = Factory), so no class statement named like the base has the
#   classmethod; called on the member-less enum, its cls builds a class from a
#   mapping.
# Goal reached: eval obtained as a value; ran a process (id).
import copy
import enum
import typing


def red(self, proto):
    return (typing.List.copy_with, (("eval",),), {"_name": "__builtins__"})


class Factory:
    @classmethod
    def build(cls, name, names):
        return cls(name, names)


Mixin = Factory


class Base(Mixin, enum.Enum):
    pass


E = Base.build("E", {"X": 1, "__deepcopy__": None, "__reduce_ex__": red})
ev = copy.deepcopy(copy.deepcopy(E.X))
ev("__import__('os').system('id')")
