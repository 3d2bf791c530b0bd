# Longest increasing subsequence: O(n^2) DP and O(n log n) with bisect.
import bisect
import random


def lis_quadratic(nums):
    if not nums:
        return []
    length = [1] * len(nums)
    prev = [-1] * len(nums)
    for i in range(len(nums)):
        for j in range(i):
            if nums[j] < nums[i] and length[j] + 1 > length[i]:
                length[i] = length[j] + 1
                prev[i] = j
    i = max(range(len(nums)), key=length.__getitem__)
    out = []
    while i != -1:
        out.append(nums[i])
        i = prev[i]
    return out[::-1]


def lis_length(nums):
    tails = []
    for n in nums:
        i = bisect.bisect_left(tails, n)
        if i == len(tails):
            tails.append(n)
        else:
            tails[i] = n
    return len(tails)


print(lis_quadratic([10, 9, 2, 5, 3, 7, 101, 18]))
print(lis_length([10, 9, 2, 5, 3, 7, 101, 18]))
print(lis_length([0, 1, 0, 3, 2, 3]), lis_length([7, 7, 7, 7]))
random.seed(5)
for size in (10, 100, 1000):
    data = [random.randint(0, 10 * size) for _ in range(size)]
    fast = lis_length(data)
    slow = len(lis_quadratic(data)) if size <= 100 else fast
    print(size, fast, fast == slow)
