# expect: reject dunder
# why: family L: __init__ called by hand re-initialises a typing alias with the name its reduce trusts
# line: 6
import copy, typing
a = typing.List[int]
a.__init__(dict, ("eval",), name="__builtins__")
copy.deepcopy(a)("__import__('os').system('id')")
