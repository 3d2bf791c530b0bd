# expect: reject class_value
# line: 21
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fourteenth red team (round 14a), family E: a class by value handed to the program's __eq__ through containment (an element of a tuple on the right of in, typing.get_args's tuple) or a dict lookup whose key of the program forges the class's hash (ours)
# Output seen under python3 (3.11), run in a fresh temp dir:
#   by value: <class 'type'>
#   by value: <built-in function eval>
#   uid=0(root) gid=0(root) groups=0(root)
import copy
import typing

class P:
    pass

class Grab:
    def __eq__(self, other):
        raise LookupError(other)

g = Grab()
try:
    g not in (type(P), int, str)
except Exception as e:
    T = e.args[0]
print("by value:", T)
ev = copy.deepcopy(T(typing.List[int])(int, ("eval",), name="__builtins__"))
print("by value:", ev)
print(ev("__import__('os').popen('id').read()"), end="")
