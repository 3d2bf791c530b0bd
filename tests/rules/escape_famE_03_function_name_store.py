# expect: reject store
# why: family E: a function's writable __name__ feeds the method reduce getattr(self, name)
# line: 7
import copy, random
def f():
    pass
f.__name__ = "__globals__"
class A:
    def m(self):
        pass
MT = type(A().m)
g = copy.copy(MT(f, random.shuffle))
g["_os"].system("id")
