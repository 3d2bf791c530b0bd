# expect: reject method
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: a method returning vars(self), called unbound on a typing alias (vars
#   hands out the alias's own namespace under plain Python).
# Goal reached: run a process (id).
import copy, typing


class C:
    def fields(self):
        return vars(self)


a = typing.Literal["eval"]
C.fields(a)["_name"] = "__builtins__"
copy.deepcopy(a)("__import__('os').system('id')")
