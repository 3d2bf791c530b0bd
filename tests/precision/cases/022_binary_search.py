# Binary search by hand, compared with the bisect module.
import bisect
import random

random.seed(7)


def binary_search(items, target):
    lo, hi = 0, len(items) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid, steps
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps


data = sorted(random.sample(range(1000), 50))
print(data[:10], "...")
for target in [data[0], data[25], data[-1], 500, -3]:
    idx, steps = binary_search(data, target)
    pos = bisect.bisect_left(data, target)
    found = pos < len(data) and data[pos] == target
    print(f"target {target:4}: index {idx:3} in {steps} steps; bisect found={found} at {pos}")

grades = "FDCBA"
breakpoints = [60, 70, 80, 90]
for score in [33, 60, 77, 89, 90, 100]:
    print(score, grades[bisect.bisect(breakpoints, score)])

sorted_list = []
for x in [5, 1, 4, 1, 3, 9, 2]:
    bisect.insort(sorted_list, x)
print(sorted_list)
