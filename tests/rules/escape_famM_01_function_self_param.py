# expect: reject store
# why: family M: a function with a parameter named self, outside a class, sets a typing alias's _name
# line: 6
import copy, typing
def f(self):
    self._name = "__builtins__"
a = typing.Literal["eval"]
f(a)
copy.deepcopy(a)("__import__('os').system('id')")
