# expect: reject memory
# line: 16
# why: round 72 (ours): enum's IntEnum and IntFlag are int subclasses (the allowed modules' only number classes, listed by running), so an IntEnum's numerator property is read by Fraction's __eq__ inside deque.index's compare (gh-115243)
import collections
import enum
from fractions import Fraction

dq = collections.deque()


class Level(enum.IntEnum):
    ONE = 1

    @property
    def numerator(self):
        dq.clear()
        return 1


dq.extend([(Fraction(1), 1)])
print(dq.index((Level.ONE, 1)))
