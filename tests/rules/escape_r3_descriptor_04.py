# expect: reject attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: object.__setattr__ with a literal name on the cached_property held in
#   a module-level variable (the spelled-out store): attrname becomes
#   "__reduce_ex__", the next instance read fills that key of the instance dict.
# Goal reached: exec obtained as a value; printed the environment.
import copy
import functools
import typing


def make(self):
    def inner(proto):
        return (typing.List.copy_with, (("exec",),), {"_name": "__builtins__"})
    return inner


cp = functools.cached_property(make)


class Holder:
    value = cp


object.__setattr__(cp, "attrname", "__reduce_ex__")
h = Holder()
h.value
ex = copy.deepcopy(copy.deepcopy(h))
ex("import os\nprint(sorted(os.environ)[:3])")
