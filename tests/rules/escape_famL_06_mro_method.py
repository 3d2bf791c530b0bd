# expect: reject attribute
# why: family L: type.mro() lists classes by value
# line: 5
import copy, typing
T = typing.List[int].__class__.mro()[0]
copy.deepcopy(T(dict, ("eval",), name="__builtins__"))("__import__('os').system('id')")
