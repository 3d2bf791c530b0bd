# expect: reject memory
# line: 12
# why: round 72 (ours): a float subclass's as_integer_ratio inherited from a program mixin: Fraction's __eq__ calls it (from_float) inside deque.index's compare of a tuple held without a reference (gh-115243); the mixin's def was judged by nothing
import collections
from fractions import Fraction

dq = collections.deque()


class Ratio:
    def as_integer_ratio(self):
        dq.clear()
        return (1, 2)


class F(Ratio, float):
    pass


dq.extend([(Fraction(1, 2), 1)])
print(dq.index((F(0.5), 1)))
