# expect: reject memory
# line: 40
# why: cost of judging text dunders whatever else the program compares (round 91): in a
#   program with library-derived classes (Counter, OrderedDict, deque), a __repr__ that
#   iterates a value it did not write out may run their iteration, which calls the
#   program's methods by name; list(self.items()) in an OrderedDict subclass's __repr__
#   is refused. Format the items in the subclass's own __repr__ through a copy made
#   outside it, or write the repr from fields.
from collections import Counter, OrderedDict, deque
from dataclasses import dataclass


class Tally(Counter):
    def top(self, n):
        found = self.most_common(n)
        print("top", n, found)
        return found


class LRUCache(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity
        self.hits = 0

    def get(self, key, default=None):
        if key in self:
            self.move_to_end(key)
            self.hits += 1
            return self[key]
        return default

    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.capacity:
            self.popitem(last=False)

    def __repr__(self):
        return f"LRUCache({list(self.items())})"


class History(deque):
    def push(self, item):
        self.append(item)
        print("pushed", item)


@dataclass(order=True)
class Score:
    points: int
    name: str


t = Tally("mississippi")
t.top(2)
cache = LRUCache(2)
for k, v in [("a", 1), ("b", 2), ("a", 3), ("c", 4)]:
    cache.put(k, v)
print(cache, cache.get("a"), cache.hits)
h = History(maxlen=3)
for i in range(5):
    h.push(i)
print(list(h))
scores = sorted([Score(3, "x"), Score(1, "y"), Score(2, "z")])
print(scores, Score(1, "y") in scores)
