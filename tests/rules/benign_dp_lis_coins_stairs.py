# expect: accept
import bisect
from functools import lru_cache


def lis_length(xs):
    tails = []
    for x in xs:
        i = bisect.bisect_left(tails, x)
        tails[i:i + 1] = [x]
    return len(tails)


def coin_change(coins, amount):
    best = [0] + [float("inf")] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a:
                best[a] = min(best[a], best[a - c] + 1)
    return best[amount] if best[amount] != float("inf") else -1


@lru_cache(maxsize=None)
def stairs(n):
    return 1 if n <= 1 else stairs(n - 1) + stairs(n - 2)


def rob(houses):
    take, skip = 0, 0
    for h in houses:
        take, skip = skip + h, max(take, skip)
    return max(take, skip)


print(lis_length([10, 9, 2, 5, 3, 7, 101, 18]), coin_change([1, 5, 11], 15), stairs(30), rob([2, 7, 9, 3, 1]))
