# expect: reject method
# line: 19
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: the same with a computed setattr through self in the base's method.
# Goal reached: run a process (id).
import copy, typing


class Base:
    def put(self, k, v):
        setattr(self, k, v)


class Box(Base):
    pass


a = typing.Literal["eval"]
super(Box, Box).put(a, "_name", "__builtins__")
copy.deepcopy(a)("__import__('os').system('id')")
