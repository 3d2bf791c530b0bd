# expect: reject builtin
# line: 12
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: self rebound inside the method before the computed setattr.
# Goal reached: run a process (id).
import copy, typing


class Box:
    def put(self, target, k, v):
        self = target
        setattr(self, k, v)


a = typing.Literal["eval"]
Box().put(a, "_name", "__builtins__")
copy.deepcopy(a)("__import__('os').system('id')")
