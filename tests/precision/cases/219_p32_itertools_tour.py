import itertools as it
import operator

print(list(it.accumulate([1, 2, 3, 4, 5])))
print(list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2, 3, 4], operator.mul, initial=10)))
print(list(it.chain("ab", [1, 2], (None,))), list(it.chain.from_iterable([[1], [2, 3]])))
print(list(it.combinations("ABCD", 2)))
print(len(list(it.permutations(range(4)))), list(it.permutations("abc", 2))[:3])
print(list(it.product([0, 1], repeat=3))[:4])
print(list(it.combinations_with_replacement("xy", 2)))
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry", "citrus"], key=lambda s: s[0])
for k, grp in it.groupby(data, key=lambda s: s[0]):
    print(k, list(grp))
print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.cycle("ab"), 5)))
print(list(it.repeat("x", 3)), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.zip_longest("abc", [1], fillvalue="-")))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.filterfalse(lambda x: x % 2, range(10))))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.pairwise([1, 2, 4, 7])))
a, b = it.tee(range(3))
print(list(a), list(b))
print(list(it.batched(range(7), 3)) if hasattr(it, "batched") else "no batched")
