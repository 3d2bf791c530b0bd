# expect: reject method
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: the method fetched from its class by a computed name with a literal prefix
#   (allowed for getattr on other objects) and handed a typing alias as self.
# Goal reached: run a process (id).
import copy, typing


class Box:
    def put(self, k, v):
        setattr(self, k, v)


a = typing.Literal["eval"]
x = "t"
getattr(Box, "pu" + x)(a, "_name", "__builtins__")
copy.deepcopy(a)("__import__('os').system('id')")
