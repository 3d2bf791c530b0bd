# expect: accept
from itertools import chain, combinations, islice, tee, zip_longest, starmap, takewhile, dropwhile, compress, filterfalse


def powerset(xs):
    return chain.from_iterable(combinations(xs, r) for r in range(len(xs) + 1))


def grouper(xs, n, fill=None):
    args = [iter(xs)] * n
    return zip_longest(*args, fillvalue=fill)


def window(xs, n):
    its = tee(xs, n)
    for i, it in enumerate(its):
        next(islice(it, i, i), None)
        for _ in range(i):
            next(it, None)
    return zip(*its)


print(list(powerset("abc")), list(grouper("abcdefg", 3, "x")), list(window(range(5), 3)))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(filterfalse(str.isdigit, "a1b2")))
