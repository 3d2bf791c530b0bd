# expect: reject class_value
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: the bare name __class__ in a method is the class the method is defined
#   in (the cell super() uses): a staticmethod of a member-less enum returns it
#   called with (name, mapping).
# Goal reached: eval obtained as a value; ran a process (id).
import copy
import enum
import typing


def red(self, proto):
    return (typing.List.copy_with, (("eval",),), {"_name": "__builtins__"})


class Base(enum.Enum):
    @staticmethod
    def make(name, names):
        return __class__(name, names)


E = Base.make("E", {"X": 1, "__deepcopy__": None, "__reduce_ex__": red})
ev = copy.deepcopy(copy.deepcopy(E.X))
ev("__import__('os').system('id')")
