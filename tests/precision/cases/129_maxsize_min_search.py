# Minimum searches with sys.maxsize as the starting sentinel: closest pair,
# cheapest route by brute force, and a min-cost climb.
import sys
from itertools import permutations

points = [(2, 3), (12, 30), (40, 50), (5, 1), (12, 10), (3, 4)]
best = sys.maxsize
pair = None
for i in range(len(points)):
    for j in range(i + 1, len(points)):
        (x1, y1), (x2, y2) = points[i], points[j]
        d = (x1 - x2) ** 2 + (y1 - y2) ** 2
        if d < best:
            best, pair = d, (points[i], points[j])
print("closest pair:", pair, "squared distance:", best)

cost = {
    ("A", "B"): 20, ("A", "C"): 42, ("A", "D"): 35, ("B", "C"): 30,
    ("B", "D"): 34, ("C", "D"): 12,
}


def dist(a, b):
    return cost.get((a, b)) or cost[(b, a)]


cheapest, route = sys.maxsize, None
for perm in permutations("BCD"):
    tour = ("A",) + perm + ("A",)
    length = sum(dist(a, b) for a, b in zip(tour, tour[1:]))
    if length < cheapest:
        cheapest, route = length, tour
print("best tour:", "-".join(route), cheapest)

steps = [10, 15, 20, 5, 30, 1, 8]
dp = [sys.maxsize] * (len(steps) + 1)
dp[0] = dp[1] = 0
for i in range(2, len(steps) + 1):
    dp[i] = min(dp[i - 1] + steps[i - 1], dp[i - 2] + steps[i - 2])
print("min climb cost:", dp[-1])
print("maxsize is 2**63-1:", sys.maxsize == 2 ** 63 - 1)
print("min of empty with default:", min([], default=sys.maxsize) == sys.maxsize)
