# expect: accept
# why: accepted again since session 35 (a collections container subclass's own methods take what the program hands them: CONTAINER_BASES); refused in sessions 32 to 34, the cost of following every alias both ways (a store through one name of an object reaches what any other name of it was linked to, and the links through library calls, escaping functions and the hooks join many objects); before: eleventh red team (11b) honest h18: an LRU cache on OrderedDict (its get is no hook of a comparison: OrderedDict compares in C) and a UserDict subclass writing through super().__setitem__ (super() is self, not what a library hook returned)

from collections import OrderedDict, UserDict

class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def get(self, key):
        if key not in self:
            return -1
        self.move_to_end(key)
        return self[key]

    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.capacity:
            self.popitem(last=False)

class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

c = LRU(2)
c.put(1, 1); c.put(2, 2); c.get(1); c.put(3, 3)
print(list(c.keys()))
d = LowerDict()
d["HeLLo"] = 1
print(d)
