# expect: reject method
# why: family M: a method called through its class with a foreign object as self
# line: 9
import copy, typing
class A:
    def set(self):
        self._name = "__builtins__"
a = typing.Literal["eval"]
A.set(a)
copy.deepcopy(a)("__import__('os').system('id')")
