# expect: reject dunder
# why: family L: a program __reduce__ makes deepcopy write any state into an object the standard library made
# line: 6
import copy, typing
class R:
    def __reduce__(self):
        return (typing.Literal.__getitem__, ("eval",), {"_name": "__builtins__"})
ev = copy.deepcopy(copy.deepcopy(R()))
ev("__import__('os').system('id')")
