# expect: accept
# why: an LRU cache two classes down from OrderedDict: OrderedDict calls none of get, put or evict with values of its own, through a program base as well
from collections import OrderedDict


class Bounded(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def evict(self):
        while len(self) > self.capacity:
            self.popitem(last=False)


class LRU(Bounded):
    def get(self, key, default=None):
        if key not in self:
            return default
        self.move_to_end(key)
        return self[key]

    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        self.evict()


cache = LRU(2)
for k in "abcab":
    if cache.get(k) is None:
        cache.put(k, [k.upper()])
cache.get("a").append("!")
print(list(cache.items()))
