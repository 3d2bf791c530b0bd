# Implement an LRU cache with OrderedDict, the interview way.
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key):
        if key not in self.data:
            self.misses += 1
            return -1
        self.hits += 1
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            print(f"  evict {evicted}")

    def __repr__(self):
        return f"LRUCache({list(self.data.items())})"


cache = LRUCache(2)
ops = [("put", 1, 1), ("put", 2, 2), ("get", 1), ("put", 3, 3), ("get", 2),
       ("put", 4, 4), ("get", 1), ("get", 3), ("get", 4)]
for op in ops:
    if op[0] == "put":
        cache.put(op[1], op[2])
        print(f"put {op[1]}={op[2]} -> {cache}")
    else:
        print(f"get {op[1]} -> {cache.get(op[1])}")
print(f"hits={cache.hits} misses={cache.misses}")

big = LRUCache(3)
for i, k in enumerate("abcabdaeab"):
    if big.get(k) == -1:
        big.put(k, i)
print(big, big.hits, big.misses)
