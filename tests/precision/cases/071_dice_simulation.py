# Roll dice many times with a seeded generator and compare with theory.
import random
import statistics
from collections import Counter
from itertools import accumulate, product

random.seed(1234)
ROLLS = 20000

sums = [random.randint(1, 6) + random.randint(1, 6) for _ in range(ROLLS)]
observed = Counter(sums)
theory = Counter(a + b for a, b in product(range(1, 7), repeat=2))

print(f"{'sum':>3} {'observed':>9} {'expected':>9}")
for s in range(2, 13):
    print(f"{s:>3} {observed[s] / ROLLS:>9.4f} {theory[s] / 36:>9.4f}")

print("mean:", round(statistics.mean(sums), 3), "stdev:", round(statistics.stdev(sums), 3))
print("mode:", statistics.mode(sums))
cumulative = list(accumulate(theory[s] for s in range(2, 13)))
print("cumulative /36:", cumulative)
chi2 = sum((observed[s] - ROLLS * theory[s] / 36) ** 2 / (ROLLS * theory[s] / 36) for s in range(2, 13))
print(f"chi-square: {chi2:.2f}")
streak = best = 1
for a, b in zip(sums, sums[1:]):
    streak = streak + 1 if a == b else 1
    best = max(best, streak)
print("longest streak of equal sums:", best)
