# expect: reject class
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: the default of a nested def is evaluated in the enclosing scope: in
#   `def inner(cls=cls)` the default reads the classmethod's cls (a member-less enum
#   class), and inside inner the parameter of the same name holds it.
# Goal reached: eval obtained as a value; ran a process (id).
import copy
import enum
import typing


def red(self, proto):
    return (typing.List.copy_with, (("eval",),), {"_name": "__builtins__"})


class Base(enum.Enum):
    @classmethod
    def make(cls, name, names):
        def inner(cls=cls):
            return cls(name, names)
        return inner()


E = Base.make("E", {"X": 1, "__deepcopy__": None, "__reduce_ex__": red})
ev = copy.deepcopy(copy.deepcopy(E.X))
ev("__import__('os').system('id')")
