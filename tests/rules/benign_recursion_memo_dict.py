# expect: accept
memo = {}


def partitions(n, k=None):
    k = n if k is None else k
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    key = (n, k)
    if key not in memo:
        memo[key] = partitions(n - k, k) + partitions(n, k - 1)
    return memo[key]


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def flatten_depth(x):
    return 1 + max(map(flatten_depth, x), default=0) if isinstance(x, list) else 0


print([partitions(n) for n in range(1, 11)], ackermann(2, 3), flatten_depth([1, [2, [3, []]]]))
