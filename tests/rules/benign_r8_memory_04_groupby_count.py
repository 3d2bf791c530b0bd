# expect: accept
# why: itertools.groupby, count and accumulate as honest programs use them: keys that are
#   strings, numbers, tuples and dataclasses (whose generated __eq__ compares field tuples),
#   a class without __eq__ grouped by identity, count with int steps, accumulate with a
#   function of the program's and with Fractions (not subclassed)
import itertools
import operator
from dataclasses import dataclass
from fractions import Fraction
from itertools import accumulate, count, groupby


@dataclass(frozen=True)
class Dept:
    name: str
    floor: int


class Money:
    def __init__(self, cents):
        self.cents = cents

    def plus(self, other):
        return Money(self.cents + other.cents)


staff = [("ann", Dept("ops", 1)), ("bob", Dept("ops", 1)), ("cy", Dept("dev", 2))]
for dept, people in groupby(staff, key=lambda p: p[1]):
    print(dept.name, [name for name, _ in people])
words = sorted("the quick brown fox jumps over the lazy dog".split(), key=len)
print({n: list(g) for n, g in itertools.groupby(words, key=len)})
points = [(0, 1), (0, 2), (1, 1)]
print([(k, len(list(g))) for k, g in groupby(points, key=lambda p: (p[0], p[0] > 0))])
token = object()
print([len(list(g)) for _, g in groupby([token, token, None])])
ids = itertools.count(100, 5)
print(next(ids), next(ids), list(zip("abc", count(1))))
print(list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([Fraction(1, 2), Fraction(1, 3)])))
print([m.cents for m in accumulate([Money(5), Money(7)], Money.plus)])
letters = 0
for word in words:
    letters += len(word)
print(letters)
