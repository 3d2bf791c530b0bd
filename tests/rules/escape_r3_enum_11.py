# expect: reject class
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: a descriptor's __get__(self, *args) receives the owner inside *args;
#   read through a member-less enum class, args[1] is that class, a class factory.
# Goal reached: open obtained as a value; read /etc/passwd.
import copy
import enum
import typing


def red(self, proto):
    return (typing.List.copy_with, (("open",),), {"_name": "__builtins__"})


class Door:
    def __get__(self, *args):
        return args[1]("E", {"X": 1, "__deepcopy__": None, "__reduce_ex__": red})


class Base(enum.Enum):
    door = Door()


opener = copy.deepcopy(copy.deepcopy(Base.door.X))
print(opener("/etc/passwd").read()[:40])
