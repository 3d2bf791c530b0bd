# expect: reject method
# why: family M: any generic alias works with an argument that hashes and compares like "eval"
# line: 16
import copy, typing
class K:
    def __call__(self):
        pass
    def __hash__(self):
        return hash("eval")
    def __eq__(self, other):
        return other == "eval"
class A:
    def set(self, v):
        self._name = v
a = typing.List[K()]
A.set(a, "__builtins__")
copy.deepcopy(a)("__import__('os').system('id')")
