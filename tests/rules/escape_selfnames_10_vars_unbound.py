# expect: reject builtin
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: a method returning vars(self), called unbound on a typing alias (vars
#   hands out the alias's own namespace under plain Python). Refused where the
#   namespace leaves the expression that made it (`return vars(self)`: an instance
#   namespace is a read-only view); rule `method` refused the unbound call before.
# Goal reached: run a process (id).
import copy, typing


class C:
    def fields(self):
        return vars(self)


a = typing.Literal["eval"]
C.fields(a)["_name"] = "__builtins__"
copy.deepcopy(a)("__import__('os').system('id')")
