# label: statistics.convert
# statistics.mean ends in T(total / n), T the data's type: with a class among the
# data T is the builtin `type`, and the call hands back the class of what the
# division answered (here a generic alias's, whose copy reached eval). The checker
# refuses mean where the program may hold a class as a value; the wall's
# statistics._convert calls T only when its instances are no classes.
import statistics
import typing


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
    numerator = 1
    denominator = 1


maker = statistics.mean([Odd(1), Ratio])
print("NOT REFUSED", maker)
