# expect: reject method
# why: family M: methodcaller calls the method on the class with a foreign first argument
# line: 9
import copy, typing, operator
class A:
    def set(self):
        self._name = "__builtins__"
a = typing.Literal["eval"]
operator.methodcaller("set", a)(A)
copy.deepcopy(a)("__import__('os').system('id')")
