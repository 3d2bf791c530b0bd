# expect: reject class
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: a classmethod of a plain mixin class (no enum in its own bases) is
#   inherited by a member-less enum class; called on it, cls is that enum class,
#   called with (name, mapping).
# Goal reached: exec obtained as a value; wrote into the json module's namespace.
import copy
import enum
import json
import typing


def red(self, proto):
    return (typing.List.copy_with, (("exec",),), {"_name": "__builtins__"})


class Factory:
    @classmethod
    def build(cls, name, names):
        return cls(name, names)


class Base(Factory, enum.Enum):
    pass


E = Base.build("E", {"X": 1, "__deepcopy__": None, "__reduce_ex__": red})
ex = copy.deepcopy(copy.deepcopy(E.X))
ex("import json; json.dumps = lambda *a, **k: 'HIJACKED'")
print(json.dumps([1]))
