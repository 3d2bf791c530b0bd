# expect: reject class_value
# line: 8
# why: ours, round 27b: statistics.mean from-imported under another name, with a class passing for a number through a static as_integer_ratio, hands back typing._GenericAlias
# statistics.mean by a from-import under another name, and a class that passes
# for a number through a static as_integer_ratio: the mean's type is `type`, and
# the result type(value) for the value the program's __truediv__ chose.
import typing
from statistics import mean as average


class Odd(int):
    def as_integer_ratio(self):
        raise ValueError("no ratio")

    def is_finite(self):
        return False

    def __radd__(self, other):
        return self

    def __truediv__(self, other):
        return typing.List[int]


class Ratio:
    @staticmethod
    def as_integer_ratio():
        return (1, 1)


maker = average([Odd(1), Ratio])
print(maker)
