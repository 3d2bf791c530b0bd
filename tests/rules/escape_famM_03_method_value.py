# expect: reject method
# why: family M: the method as a value, through a second name for the class
# line: 9
import copy, typing
class A:
    def set(self):
        self._name = "__builtins__"
B = A
f = B.set
a = typing.Literal["eval"]
f(a)
copy.deepcopy(a)("__import__('os').system('id')")
