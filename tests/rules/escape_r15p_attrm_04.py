# expect: reject method
# line: 26
# verified: reaches its goal under plain python3 3.11 in a temp dir (runs `id` through a typing alias whose _name was set by a method handed the alias as self)
# why: round 15 lets `X.a.m` reach a privileged method, called or taken as a
#   value, when every value of attribute a is an instance of the program's own
#   class (honest14 p35's `self.assertRaises(IndexError, self.st.pop)`). Here
#   a for loop binds the attribute to each class listed: X.a.m is then the function itself and takes any object as self.
import copy
import typing


class A:
    def set(self):
        self._name = "__builtins__"


class Holder:
    def __init__(self):
        self.a = A()


h = Holder()
for h.a in [A]:
    pass
lit = typing.Literal["eval"]
h.a.set(lit)
copy.deepcopy(lit)("__import__('os').system('id')")
