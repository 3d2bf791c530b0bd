# expect: reject memory
# line: 13
# why: round 72 (ours): round 67's family through a mixin: the numerator property is written in a program class that an int subclass derives from, so it was no number class's def and was judged only on demand; Fraction's __eq__ reads it inside deque.index's compare of a tuple held without a reference, and emptying the deque there frees the tuple (gh-115243). The number classes are closed over the program's class statements now, bases and subclasses
import collections
from fractions import Fraction

dq = collections.deque()


class Parts:
    @property
    def numerator(self):
        dq.clear()
        return 1


class N(Parts, int):
    pass


dq.extend([(Fraction(1), 1)])
print(dq.index((N(1), 1)))
