# expect: reject dunder
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: self.__dict__ in a lambda with its own parameter self, handed a typing
#   alias: its namespace holds the _name its reduce trusts.
# Goal reached: run a process (id).
import copy, typing


class C:
    def table(self):
        return lambda self: self.__dict__


a = typing.Literal["eval"]
C().table()(a)["_name"] = "__builtins__"
copy.deepcopy(a)("__import__('os').system('id')")
