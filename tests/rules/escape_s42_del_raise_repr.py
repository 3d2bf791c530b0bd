# expect: reject memory
# line: 10
# why: session 39 (ours): a __del__ that raises inside a pure __eq__ has the interpreter print the object (sys.unraisablehook), running its __repr__ there
from collections import deque
d = deque()
class A:
    def __del__(self):
        raise ValueError("no")
    def __repr__(self):
        d.clear()
        return "A"
class K:
    def __eq__(self, other):
        A()
        return False
d.extend([K(), 1])
print(d.index(1))
