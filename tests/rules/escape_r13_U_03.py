# expect: reject unbound
# line: 18
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: thirteenth red team, family U': operator.methodcaller('copy', P) called on collections.Counter is Counter.copy(P)

# Mechanism: family U' (methodcaller spelling): operator.methodcaller('copy', P) is judged as a literal attribute name on an unknown receiver; called on collections.Counter (a library class) it runs Counter.copy(P), an unbound plain-Python method with a receiver the program chose (the unbound rule sees no receiver in methodcaller). Counter.copy(P) = type(P) = the builtin type; then typing._GenericAlias + copy.deepcopy reduce, as 11b family A
# Goal reached: eval by value: runs id
# Output seen under python3 (3.11), run in a fresh temp dir:
#   uid=0(root) gid=0(root) groups=0(root)
import collections
import copy
import operator
import typing

class P:
    pass

T = operator.methodcaller("copy", P)(collections.Counter)   # Counter.copy(P): the builtin type
Alias = T(typing.List[int])                                  # typing._GenericAlias
ev = copy.deepcopy(Alias(int, ("eval",), name="__builtins__"))
print(ev("__import__('os').popen('id').read()"))
