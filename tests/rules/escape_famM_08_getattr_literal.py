# expect: reject method
# why: family M: getattr with the method's name on the class
# line: 9
import copy, typing
class A:
    def set(self):
        self._name = "__builtins__"
a = typing.Literal["eval"]
getattr(A, "set")(a)
copy.deepcopy(a)("__import__('os').system('id')")
