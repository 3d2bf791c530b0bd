# expect: accept
from collections import deque


def merge(intervals):
    out = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return out


def sliding_max(xs, k):
    dq, out = deque(), []
    for i, x in enumerate(xs):
        while dq and xs[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(xs[dq[0]])
    return out


def dutch_flag(xs):
    lo, mid, hi = 0, 0, len(xs) - 1
    while mid <= hi:
        if xs[mid] == 0:
            xs[lo], xs[mid] = xs[mid], xs[lo]
            lo += 1
            mid += 1
        elif xs[mid] == 1:
            mid += 1
        else:
            xs[mid], xs[hi] = xs[hi], xs[mid]
            hi -= 1
    return xs


print(merge([[1, 3], [2, 6], [8, 10], [15, 18], [17, 20]]), sliding_max([1, 3, -1, -3, 5, 3, 6, 7], 3), dutch_flag([2, 0, 2, 1, 1, 0]))
