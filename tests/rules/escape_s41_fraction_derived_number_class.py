# expect: reject memory
# line: 16
# why: round 72 (ours): a class deriving from a program float subclass (not from float by name) defines as_integer_ratio; the number classes were those naming a builtin number as a base only
import collections
from fractions import Fraction

dq = collections.deque()


class F(float):
    pass


class G(F):
    def as_integer_ratio(self):
        dq.clear()
        return (1, 2)


dq.extend([(Fraction(1, 2), 1)])
print(dq.index((G(0.5), 1)))
