# Maximum subarray (Kadane), maximum product, and best time to buy stock.
import random


def max_subarray(nums):
    best = cur = nums[0]
    start = best_start = best_end = 0
    for i in range(1, len(nums)):
        if cur < 0:
            cur = nums[i]
            start = i
        else:
            cur += nums[i]
        if cur > best:
            best, best_start, best_end = cur, start, i
    return best, nums[best_start:best_end + 1]


def max_product(nums):
    hi = lo = best = nums[0]
    for n in nums[1:]:
        hi, lo = max(n, hi * n, lo * n), min(n, hi * n, lo * n)
        best = max(best, hi)
    return best


def best_trade(prices):
    low, profit = prices[0], 0
    for p in prices[1:]:
        profit = max(profit, p - low)
        low = min(low, p)
    return profit


print(max_subarray([-2, 1, -3, 4, -1, 2, 1, -5, 4]))
print(max_subarray([-3, -1, -2]))
print(max_product([2, 3, -2, 4]), max_product([-2, 0, -1]), max_product([-2, 3, -4]))
print(best_trade([7, 1, 5, 3, 6, 4]), best_trade([7, 6, 4, 3, 1]))

rng = random.Random(2024)
prices = [100]
for _ in range(30):
    prices.append(max(1, prices[-1] + rng.randint(-8, 8)))
print(prices)
print("best single trade profit:", best_trade(prices))
