# expect: reject attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Family 4 (classes built from a mapping): enum's sunder classmethod through cls
# in a classmethod of the program's own enum.
import copy
import enum
import typing

class Base(enum.Enum):
    @classmethod
    def build(cls, ns):
        return cls._create_("E", ns, module="__main__")

def red(self, proto):
    return (typing.List.copy_with, (("eval",),), {"_name": "__builtins__"})

E = Base.build({"X": 1, "__deepcopy__": None, "__reduce_ex__": red})
ev = copy.deepcopy(copy.deepcopy(E.X))
print(ev("__import__('os').popen('id').read()"))
