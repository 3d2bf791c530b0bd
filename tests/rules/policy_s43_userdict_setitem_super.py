# expect: reject memory
# line: 48
# why: cost (precision corpus 220): UserDict's | and copy() rebuild a subclass through __init__, which stores through the program's __setitem__ (measured: rules/library-self-calls.txt); a judged __setitem__ that calls super().__setitem__ runs library code the checker cannot see (it stores into self.data, which a program may have made a list). Normalise keys in a method of your own (ld.put(k, v)) or keep a plain dict
from collections import namedtuple, deque, Counter, OrderedDict, defaultdict, ChainMap, UserDict

Card = namedtuple("Card", ["rank", "suit"])
hand = [Card("A", "S"), Card("10", "H"), Card("K", "S")]
print(hand[0], hand[0].rank, Card._make(["Q", "D"]))

c = Counter("mississippi")
print(c.most_common(2), c["s"], c["z"], sorted(c.elements())[:5])
c2 = Counter(a=3, b=1)
print(c + c2, c2 - Counter(a=1), c2 & Counter(a=2, b=5), c2.total())

od = OrderedDict()
for k in "bca":
    od[k] = ord(k)
od.move_to_end("b")
print(list(od), od.popitem(last=False))

class LRU(OrderedDict):
    def __init__(self, cap):
        super().__init__()
        self.cap = cap
    def put(self, k, v):
        self[k] = v
        self.move_to_end(k)
        if len(self) > self.cap:
            self.popitem(last=False)
lru = LRU(2)
for k, v in [("a", 1), ("b", 2), ("a", 3), ("c", 4)]:
    lru.put(k, v)
print(dict(lru))

graph = defaultdict(set)
for u, v in [(1, 2), (1, 3), (2, 3), (3, 4)]:
    graph[u].add(v)
    graph[v].add(u)
print({k: sorted(v) for k, v in sorted(graph.items())})

defaults = {"color": "red", "size": "M"}
user = {"size": "L"}
cm = ChainMap(user, defaults)
print(cm["color"], cm["size"], dict(cm.new_child({"color": "blue"})))

class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
ld = LowerDict()
ld["HeLLo"] = 1
print(ld, "hello" in ld)
dq = deque([1, 2, 3])
dq.extendleft([0, -1])
print(dq, dq.pop(), dq.popleft())
