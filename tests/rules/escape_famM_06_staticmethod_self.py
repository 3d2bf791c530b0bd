# expect: reject store
# why: family M: a staticmethod whose parameter is named self takes any object
# line: 8
import copy, typing
class A:
    @staticmethod
    def set(self):
        self._name = "__builtins__"
a = typing.Literal["eval"]
A.set(a)
copy.deepcopy(a)("__import__('os').system('id')")
