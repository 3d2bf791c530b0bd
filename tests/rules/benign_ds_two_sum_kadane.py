# expect: accept
def two_sum(nums, target):
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return seen[target - x], i
        seen[x] = i
    return None


def max_subarray(nums):
    best = cur = nums[0]
    start = best_start = best_end = 0
    for i, x in enumerate(nums[1:], 1):
        if cur < 0:
            cur, start = x, i
        else:
            cur += x
        if cur > best:
            best, best_start, best_end = cur, start, i
    return best, nums[best_start:best_end + 1]


def three_sum(nums):
    nums = sorted(nums)
    out = set()
    for i in range(len(nums) - 2):
        lo, hi = i + 1, len(nums) - 1
        while lo < hi:
            s = nums[i] + nums[lo] + nums[hi]
            if s == 0:
                out.add((nums[i], nums[lo], nums[hi]))
                lo += 1
            elif s < 0:
                lo += 1
            else:
                hi -= 1
    return sorted(out)


print(two_sum([2, 7, 11, 15], 9), max_subarray([-2, 1, -3, 4, -1, 2, 1, -5, 4]), three_sum([-1, 0, 1, 2, -1, -4]))
