# Subsets: bitmasks, recursion, and subset sum.


def subsets_bitmask(items):
    n = len(items)
    return [[items[i] for i in range(n) if mask >> i & 1] for mask in range(1 << n)]


def subsets_recursive(items):
    if not items:
        return [[]]
    rest = subsets_recursive(items[1:])
    return rest + [[items[0]] + s for s in rest]


def subset_sum(nums, target):
    reachable = {0: []}
    for n in nums:
        for s, combo in list(reachable.items()):
            if s + n not in reachable:
                reachable[s + n] = combo + [n]
    return reachable.get(target)


print(subsets_bitmask(["a", "b", "c"]))
print(sorted(subsets_recursive([1, 2, 3]), key=lambda s: (len(s), s)))
print(len(subsets_bitmask(list(range(10)))))
print(subset_sum([3, 34, 4, 12, 5, 2], 9))
print(subset_sum([3, 34, 4, 12, 5, 2], 30))
print(subset_sum([1, 2, 4, 8, 16], 31))
even_sum = [s for s in subsets_bitmask([1, 2, 3, 4]) if sum(s) % 2 == 0]
print(len(even_sum), even_sum)
