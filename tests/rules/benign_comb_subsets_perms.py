# expect: accept
def subsets(xs):
    out = [[]]
    for x in xs:
        out += [s + [x] for s in out]
    return out


def permutations(xs):
    if len(xs) <= 1:
        return [xs[:]]
    out = []
    for i, x in enumerate(xs):
        for rest in permutations(xs[:i] + xs[i + 1:]):
            out.append([x] + rest)
    return out


def gray_code(n):
    return [i ^ (i >> 1) for i in range(1 << n)]


def bitmask_subsets(xs):
    return [[x for i, x in enumerate(xs) if mask >> i & 1] for mask in range(1 << len(xs))]


print(len(subsets([1, 2, 3, 4])), permutations([1, 2, 3]), gray_code(3), bitmask_subsets("ab"))
