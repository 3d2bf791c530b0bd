# expect: reject class
# why: family L: abc.ABCMeta called as a function builds a class from a dict: its __reduce__ key is a string no class rule sees
# line: 5
import abc, copy, typing
X = abc.ABCMeta("X", (), {"__reduce__": lambda self: (typing.Literal.__getitem__, ("eval",), {"_name": "__builtins__"})})
ev = copy.deepcopy(copy.deepcopy(X()))
ev("__import__('os').system('id')")
