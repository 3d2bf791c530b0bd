# expect: reject class_value
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: a class by value used as a dict key is kept by the dict: d[type(m)] = 1
#   and list(d)[0] hands back the class of a Flag member whose only value is 0, a
#   member-less enum class (a class factory).
# Goal reached: eval obtained as a value; ran a process (id).
import copy
import enum
import typing


def red(self, proto):
    return (typing.List.copy_with, (("eval",),), {"_name": "__builtins__"})


class Perm(enum.Flag):
    NONE = 0


seen = {}
seen[type(Perm.NONE)] = 1
factory = list(seen)[0]
E = factory("E", {"X": 1, "__deepcopy__": None, "__reduce_ex__": red})
ev = copy.deepcopy(copy.deepcopy(E.X))
ev("__import__('os').system('id')")
