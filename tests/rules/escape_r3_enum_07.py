# expect: reject class_value
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: type(member)(name, mapping): a Flag whose only member has the value 0
#   keeps _member_names_ empty, so the class of its member is still a class factory.
# Goal reached: open obtained as a value; read /etc/passwd.
import copy
import enum
import typing


def red(self, proto):
    return (typing.List.copy_with, (("open",),), {"_name": "__builtins__"})


class Perm(enum.Flag):
    NONE = 0


E = type(Perm.NONE)("E", {"X": 1, "__deepcopy__": None, "__reduce_ex__": red})
opener = copy.deepcopy(copy.deepcopy(E.X))
print(opener("/etc/passwd").read()[:40])
