# expect: accept
from collections import deque


def rotate(xs, k):
    k %= len(xs)
    return xs[-k:] + xs[:-k]


d = deque(range(6))
d.rotate(2)
print(rotate([1, 2, 3, 4, 5], 2), list(d), rotate(list("abc"), -1))
