import math, os
from statistics import sys
import statistics as s
s.sys.modules
x = eval("1")
().__class__.__bases__[0].__subclasses__()
print('{0.__globals__}'.format(f), "{}".format(1), fmt.format(2))
def g(): yield 1
g().gi_frame.f_back
ｅｖａｌ("1")
random._inst
y = math
print(math.sqrt(2))
class A:
    def __init__(self):
        super().__init__()
        self._x = 1
    def __repr__(self): return f"{self.__class__.__name__}"
if __name__ == "__main__": pass
match x:
    case object(__dict__=d): pass
    case math.pi: pass
f"{x!r:{y.__globals__}}"
