# expect: reject method
# line: 21
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: super(C, C) with a class as second argument hands out the base's method
#   as a plain function, which takes a typing alias as self (the method rule took
#   every super(...) call for a bound one; only super() and super(C, self) are).
# Goal reached: run a process (id).
import copy, typing


class Base:
    def put(self):
        self._name = "__builtins__"


class Box(Base):
    pass


a = typing.Literal["eval"]
super(Box, Box).put(a)
copy.deepcopy(a)("__import__('os').system('id')")
