# expect: reject builtin
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: the same rename with a computed name whose literal prefix ("attr") is
#   a prefix of the refused attribute: setattr(cp, "attr" + suffix, ...).
# Goal reached: open obtained as a value; read /etc/passwd.
import copy
import functools
import typing
from functools import cached_property


class Box:
    @cached_property
    def hook(self):
        def inner(proto):
            return (typing.List.copy_with, (("open",),), {"_name": "__builtins__"})
        return inner


suffix = "name"
setattr(Box.hook, "attr" + suffix, "__reduce_ex__")
b = Box()
b.hook
opener = copy.deepcopy(copy.deepcopy(b))
print(opener("/etc/passwd").read()[:40])
