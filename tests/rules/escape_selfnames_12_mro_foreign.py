# expect: reject dunder
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: __mro__ of a class obtained by value (a typing alias's class) lists
#   typing's private classes: _GenericAlias builds an alias with any _name.
# Goal reached: run a process (id).
import copy, typing

cls = typing.Literal["eval"].__class__.__mro__[1]
a = cls(dict, ("eval",), name="__builtins__")
copy.deepcopy(a)("__import__('os').system('id')")
