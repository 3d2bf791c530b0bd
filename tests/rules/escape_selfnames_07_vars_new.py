# expect: reject builtin
# line: 16
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: vars(x) of a name bound once to C(...), where C.__new__ returns a typing
#   alias: its namespace holds the _name its reduce trusts.
# Goal reached: run a process (id).
import copy, typing


class C:
    def __new__(cls):
        return typing.Literal["eval"]


x = C()
vars(x)["_name"] = "__builtins__"
copy.deepcopy(x)("__import__('os').system('id')")
