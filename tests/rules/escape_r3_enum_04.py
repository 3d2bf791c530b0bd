# expect: reject class
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: a descriptor in an enum class body gets __set_name__(owner, name)
#   while the class statement runs, before any member exists: the owner is a
#   member-less enum class, a class factory; (name, mapping) builds a class with
#   __reduce_ex__, which deepcopy runs.
# Goal reached: open obtained as a value; read /etc/passwd.
import copy
import enum
import typing

made = []


def red(self, proto):
    return (typing.List.copy_with, (("open",),), {"_name": "__builtins__"})


class Spy:
    def __set_name__(self, owner, name):
        made.append(owner("E", {"X": 1, "__deepcopy__": None, "__reduce_ex__": red}))

    def __get__(self, obj, objtype=None):
        return self


class Color(enum.Enum):
    spy = Spy()
    RED = 1


opener = copy.deepcopy(copy.deepcopy(made[0].X))
print(opener("/etc/passwd").read()[:40])
