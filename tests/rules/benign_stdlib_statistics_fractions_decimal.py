# expect: accept
# why: statistics, decimal, fractions
import statistics
from decimal import Decimal, getcontext, ROUND_HALF_UP
from fractions import Fraction

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(data), statistics.median(data), statistics.mode(data), statistics.pstdev(data))
print(statistics.quantiles(data, n=4), statistics.NormalDist(0, 1).cdf(0))

getcontext().prec = 10
print(Decimal(1) / Decimal(7), Decimal("0.1") + Decimal("0.2"))
print(Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
print(Fraction(3, 4) + Fraction(1, 6), Fraction("0.125"), Fraction(1, 3).limit_denominator(10))
