# expect: reject method
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: the same method taken as a value (m = Box.put) and handed a foreign self.
# Goal reached: run a process (id).
import copy, typing


class Box:
    def put(self, k, v):
        setattr(self, k, v)


m = Box.put
a = typing.Literal["eval"]
m(a, "_name", "__builtins__")
copy.deepcopy(a)("__import__('os').system('id')")
