# expect: reject module_attribute
# line: 18
# why: the cost of copy.copy's rule: a shallow copy of a dict built by a call (or of
#   a parameter, a container's item) is refused, since copy.copy of a bound method
#   runs a getattr by a name the program may choose; use dict(x), x.copy() or
#   copy.deepcopy. (The program's own instance, p bound once to Point(...) with
#   Point closed, is copied since round 14: line 17 is accepted.)
import copy


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


p = Point(1, 2)
q = copy.copy(p)
print(q.x, q.y, copy.copy(dict(a=1)))
