# expect: reject module_attribute
# line: 16
# why: the cost of copy.copy's rule: a shallow copy of the program's own object
#   (or of a dict built by a call) is refused, since copy.copy of a bound method
#   or of an object deriving from a library class runs a getattr by a name the
#   program may choose; write a copy method, or use copy.deepcopy.
import copy


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


p = Point(1, 2)
q = copy.copy(p)
print(q.x, q.y, copy.copy(dict(a=1)))
