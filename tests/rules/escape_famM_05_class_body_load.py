# expect: reject method
# why: family M: the function object taken by name in its class body
# line: 8
import copy, typing
class A:
    def set(self):
        self._name = "__builtins__"
    setter = [set]
a = typing.Literal["eval"]
A.setter[0](a)
copy.deepcopy(a)("__import__('os').system('id')")
