# expect: accept
# why: collections container subclasses with methods of their own (an LRU cache's get and put on OrderedDict, a Counter's top, a deque's push, a UserDict's lower-casing set): their bases call none of them with values of their own (CONTAINER_BASES)
from collections import Counter, OrderedDict, UserDict, deque


class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def get(self, key, default=None):
        if key in self:
            self.move_to_end(key)
            return self[key]
        return default

    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.capacity:
            self.popitem(last=False)


class Words(Counter):
    def top(self, n):
        return [w for w, _ in self.most_common(n)]


class Window(deque):
    def push(self, x):
        self.append(x)
        return sum(self) / len(self)


class Lower(UserDict):
    def set(self, key, value):
        self.data[key.lower()] = value


lru = LRU(2)
for k, v in [("a", 1), ("b", 2), ("a", 3), ("c", 4)]:
    lru.put(k, v)
print(dict(lru), lru.get("a"), lru.get("zz", 0))
w = Words("the cat and the hat and the bat".split())
print(w.top(2))
win = Window(maxlen=3)
print([win.push(x) for x in (3, 6, 9, 12)])
low = Lower()
low.set("Key", [1])
low["key"].append(2)
print(low.data)
