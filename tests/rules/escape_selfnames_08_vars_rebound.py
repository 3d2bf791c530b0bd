# expect: reject builtin
# line: 16
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: vars(x) where x is first an instance of a program class, then rebound to
#   a typing alias.
# Goal reached: run a process (id).
import copy, typing


class C:
    pass


x = C()
x = typing.Literal["eval"]
vars(x)["_name"] = "__builtins__"
copy.deepcopy(x)("__import__('os').system('id')")
