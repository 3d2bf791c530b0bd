# expect: accept
# why: imports of allowed modules inside a function and a try
def solve(values):
    import heapq
    from statistics import median

    heapq.heapify(values)
    return heapq.heappop(values), median(values)


try:
    from math import isqrt
except ImportError:
    isqrt = None

print(solve([5, 3, 8, 1]), isqrt(50))
