# The itertools iterators the wall guards against re-entry, used as honest code does:
# groups, a groupby subclass, copies (__reduce__/__setstate__), counts past sys.maxsize.
import itertools, operator
xs = [1, 1, 2, 3, 3, 3, 4]
print([(k, len(list(g))) for k, g in itertools.groupby(xs)])
G = itertools.groupby("aabbbc")
k, g = next(G); k2, g2 = next(G); print(k, list(g), k2, list(g2))
print(list(itertools.islice(itertools.count(10**20, 7), 3)))
print(list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
print(list(itertools.accumulate(range(6), operator.mul)))
print(list(itertools.chain.from_iterable([[1], [2, 3]])))
print(list(itertools.islice(itertools.cycle("ab"), 5)))
print(list(itertools.starmap(pow, [(2, 3)])), list(itertools.compress("abc", [1, 0, 1])))
print(list(itertools.takewhile(lambda x: x < 3, xs)), list(itertools.dropwhile(lambda x: x < 3, xs)))
print(list(itertools.filterfalse(None, [0, 1, 2])))
class G2(itertools.groupby):
    pass
print([k for k, _ in G2("aab")])
import copy
c = itertools.chain([1, 2], [3]); next(c); c2 = copy.copy(c); print(list(c2))
gb = itertools.groupby("aabb"); next(gb); print([k for k, _ in copy.deepcopy(gb)])
