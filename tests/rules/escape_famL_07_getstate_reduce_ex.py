# expect: reject dunder
# why: family L: __reduce_ex__ defined by the program, the same door as __reduce__
# line: 6
import copy, typing
class R:
    def __reduce_ex__(self, proto):
        return (typing.Literal.__getitem__, ("eval",), {"_name": "__builtins__"})
copy.deepcopy(copy.deepcopy(R()))("__import__('os').system('id')")
