# expect: reject attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Family 4: enum internals read by sunder name on a member's class (the member map
# is writable and the functional API's class builder is reachable from it).
import copy
import enum
import typing

class Base(enum.Enum):
    pass

def red(self, proto):
    return (typing.List.copy_with, (("eval",),), {"_name": "__builtins__"})

mk = Base._create_
E = mk("E", [("X", 1), ("__deepcopy__", None), ("__reduce_ex__", red)], module="__main__")
print(copy.deepcopy(copy.deepcopy(E.X))("__import__('os').popen('id').read()"))
