# expect: reject attribute
# why: family M: a property's setter function through fset, with a foreign object as self
# line: 13
import copy, typing
class A:
    @property
    def name(self):
        return self._name
    @name.setter
    def name(self, v):
        self._name = v
a = typing.Literal["eval"]
A.name.fset(a, "__builtins__")
copy.deepcopy(a)("__import__('os').system('id')")
