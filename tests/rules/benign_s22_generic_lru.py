# expect: accept
# why: session 22 (honest25 p13): LRU caches with get and put (names library code calls on what it is handed): a typing.Generic base holds no instance, an annotation names the class without making one, and print(cache) only formats it; a local named like the holder in another method is another variable
from collections import OrderedDict
from typing import Generic, Hashable, Optional, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class LRUCache(Generic[K, V]):
    """Least-recently-used cache with O(1) get/put."""

    def __init__(self, capacity: int) -> None:
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self._data: OrderedDict[K, V] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def get(self, key: K) -> Optional[V]:
        if key not in self._data:
            self.misses += 1
            return None
        self._data.move_to_end(key)
        self.hits += 1
        return self._data[key]

    def put(self, key: K, value: V) -> None:
        if key in self._data:
            self._data.move_to_end(key)
        self._data[key] = value
        if len(self._data) > self.capacity:
            evicted, _ = self._data.popitem(last=False)
            print(f"  evicted {evicted!r}")

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self._data.items())
        return f"LRUCache({self.capacity}, {{{items}}})"


class Node:
    __slots__ = ("key", "val", "prev", "next")

    def __init__(self, key=None, val=None):
        self.key, self.val = key, val
        self.prev = self.next = None


class LinkedLRU:
    """Same thing with an explicit doubly linked list, as asked in interviews."""

    def __init__(self, capacity):
        self.cap = capacity
        self.map = {}
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.next, node.prev = self.head.next, self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key):
        node = self.map.get(key)
        if not node:
            return -1
        self._unlink(node)
        self._push_front(node)
        return node.val

    def put(self, key, val):
        if key in self.map:
            self._unlink(self.map[key])
        node = Node(key, val)
        self.map[key] = node
        self._push_front(node)
        if len(self.map) > self.cap:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]


cache: LRUCache[str, int] = LRUCache(3)
for word in ["apple", "banana", "cherry"]:
    cache.put(word, len(word))
cache.get("apple")
cache.put("date", 4)
print(cache)
print("banana ->", cache.get("banana"), "| apple ->", cache.get("apple"))
print(f"hits={cache.hits} misses={cache.misses} size={len(cache)}")

lru = LinkedLRU(2)
ops = [("put", 1, 1), ("put", 2, 2), ("get", 1), ("put", 3, 3), ("get", 2),
       ("put", 4, 4), ("get", 1), ("get", 3), ("get", 4)]
results = []
for op, *args in ops:
    results.append(lru.put(*args) if op == "put" else lru.get(*args))
print("LinkedLRU results:", [r for r in results if r is not None])
