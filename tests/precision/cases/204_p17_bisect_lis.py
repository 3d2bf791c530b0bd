import bisect

def lis_length(a):
    tails = []
    for x in a:
        i = bisect.bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)

def count_in_range(sorted_a, lo, hi):
    return bisect.bisect_right(sorted_a, hi) - bisect.bisect_left(sorted_a, lo)

def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]

seq = [10, 9, 2, 5, 3, 7, 101, 18, 4, 19]
print("LIS:", lis_length(seq))
s = sorted(seq)
print("in [4,19]:", count_in_range(s, 4, 19))
print([grade(x) for x in (33, 99, 77, 70, 89, 90, 100)])
arr = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(arr, v)
print(arr)
