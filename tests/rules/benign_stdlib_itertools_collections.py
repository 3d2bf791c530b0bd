# expect: accept
# why: itertools and collections, namedtuple's _replace/_asdict/_fields
import itertools
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple, ChainMap

print(list(itertools.permutations("abc", 2))[:3])
print(list(itertools.combinations(range(4), 2)))
print(list(itertools.product([0, 1], repeat=2)))
print([(k, len(list(g))) for k, g in itertools.groupby("aaabccdd")])
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.islice(itertools.count(10, 5), 3)))
print(list(itertools.chain([1], (2, 3))), list(itertools.zip_longest("ab", "xyz", fillvalue="-")))

counts = Counter("mississippi")
print(counts.most_common(2), counts["s"])
graph = defaultdict(list)
for a, b in [(1, 2), (1, 3), (2, 3)]:
    graph[a].append(b)
print(dict(graph))
q = deque(maxlen=3)
for i in range(5):
    q.append(i)
q.appendleft(-1)
print(q)
Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p._replace(x=5), p._asdict(), Point._fields, Point._make([3, 4]))
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print(list(od), ChainMap({"a": 1}, {"a": 2, "b": 3})["b"])
