def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves

def permutations(s):
    if len(s) <= 1:
        return [s]
    out = []
    for i, ch in enumerate(s):
        for rest in permutations(s[:i] + s[i + 1:]):
            out.append(ch + rest)
    return out

def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]

def flatten(x):
    if isinstance(x, list):
        return [y for item in x for y in flatten(item)]
    return [x]

def binary_search(a, target, lo=0, hi=None):
    if hi is None:
        hi = len(a) - 1
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if a[mid] == target:
        return mid
    if a[mid] < target:
        return binary_search(a, target, mid + 1, hi)
    return binary_search(a, target, lo, mid - 1)

def n_queens(n, row=0, cols=(), count=0):
    if row == n:
        return 1
    total = 0
    for c in range(n):
        if all(c != pc and abs(c - pc) != row - pr for pr, pc in enumerate(cols)):
            total += n_queens(n, row + 1, cols + (c,))
    return total

print(len(hanoi(10)), hanoi(2))
print(permutations("abc"))
print(sorted(power_set([1, 2, 3]), key=lambda s: (len(s), s)))
print(flatten([1, [2, [3, [4, [5]]]], 6]))
print(binary_search(list(range(0, 100, 3)), 27), binary_search([1, 2], 5))
print([n_queens(n) for n in range(1, 9)])
try:
    def forever(n):
        return forever(n + 1)
    forever(0)
except RecursionError as e:
    print("RecursionError:", str(e)[:40])
