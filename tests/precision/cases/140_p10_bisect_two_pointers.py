# Interview: bisect and two pointers
import bisect

def two_sum_sorted(nums, target):
    i, j = 0, len(nums) - 1
    while i < j:
        s = nums[i] + nums[j]
        if s == target:
            return i, j
        if s < target:
            i += 1
        else:
            j -= 1
    return None

def three_sum(nums):
    nums = sorted(nums)
    res = []
    for k in range(len(nums) - 2):
        if k and nums[k] == nums[k - 1]:
            continue
        lo, hi = k + 1, len(nums) - 1
        while lo < hi:
            s = nums[k] + nums[lo] + nums[hi]
            if s == 0:
                res.append((nums[k], nums[lo], nums[hi]))
                lo += 1
                while lo < hi and nums[lo] == nums[lo - 1]:
                    lo += 1
            elif s < 0:
                lo += 1
            else:
                hi -= 1
    return res

def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]

print(two_sum_sorted([1, 2, 4, 7, 11, 15], 15))
print(three_sum([-1, 0, 1, 2, -1, -4]))
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
sorted_list = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(sorted_list, x)
print(sorted_list, bisect.bisect_left(sorted_list, 5), bisect.bisect_right(sorted_list, 5))
def max_area(h):
    i, j, best = 0, len(h) - 1, 0
    while i < j:
        best = max(best, (j - i) * min(h[i], h[j]))
        if h[i] < h[j]:
            i += 1
        else:
            j -= 1
    return best
print(max_area([1, 8, 6, 2, 5, 4, 8, 3, 7]))
