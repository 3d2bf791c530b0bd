# expect: reject memory
# line: 13
# why: round 67's family (ours): Fraction's __eq__ reads an int subclass's numerator, inside deque.index's compare of a tuple it holds no reference to; code that empties the deque there frees the tuple (gh-115243)
import collections
from fractions import Fraction

dq = collections.deque()


class N(int):
    @property
    def numerator(self):
        dq.clear()
        return 1


dq.extend([(Fraction(1), 1)])
print(dq.index((N(1), 1)))
