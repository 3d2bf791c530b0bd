# expect: reject module_attribute
# why: family L: a star import would bind ABCMeta under a name the checker does not track
# line: 4
from abc import *
X = ABCMeta("X", (), {"__reduce__": lambda self: (typing.Literal.__getitem__, ("eval",), {"_name": "__builtins__"})})
import copy, typing
ev = copy.deepcopy(copy.deepcopy(X()))
ev("__import__('os').system('id')")
