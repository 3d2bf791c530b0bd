# expect: reject dunder
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: C.__mro__ where the name C is bound by a class statement and then to a
#   typing alias's class: the name is no closed class.
# Goal reached: run a process (id).
import copy, typing


class C:
    pass


C = type(typing.Literal["eval"])
base = C.__mro__[1]
a = base(dict, ("eval",), name="__builtins__")
copy.deepcopy(a)("__import__('os').system('id')")
