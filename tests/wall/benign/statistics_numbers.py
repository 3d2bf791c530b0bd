# The four statistics functions that end in T(value) (mean, harmonic_mean,
# variance, pvariance) over the number types honest data has: int, float,
# Fraction, Decimal and a subclass of int. The wall's statistics._convert guard
# lets every one through.
import statistics
from decimal import Decimal
from fractions import Fraction


class Count(int):
    pass


for data in ([1, 2, 3, 4], [1.5, 2.5, 4.0], [Fraction(1, 3), Fraction(1, 2)],
             [Decimal("1.1"), Decimal("2.2"), Decimal("3.3")], [Count(2), Count(4), Count(9)]):
    print(type(data[0]).__name__, statistics.mean(data), statistics.harmonic_mean(data),
          statistics.variance(data), statistics.pvariance(data))
