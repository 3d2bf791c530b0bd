# collections: Counter, defaultdict, OrderedDict, deque, namedtuple, ChainMap
from collections import Counter, defaultdict, OrderedDict, deque, namedtuple, ChainMap

c = Counter("mississippi")
print(c.most_common(2), c["s"], c["z"])
c.update("miss")
c2 = Counter(a=3, b=1)
print(sorted(c.elements())[:6], c2 + Counter(a=1, c=2), c2 - Counter(a=5))
groups = defaultdict(list)
for word in ["ant", "bee", "asp", "bat", "cow"]:
    groups[word[0]].append(word)
print(dict(groups))
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print({k: dict(v) for k, v in nested.items()})

class LRU:
    def __init__(self, cap):
        self.cap, self.d = cap, OrderedDict()
    def get(self, k):
        if k not in self.d:
            return -1
        self.d.move_to_end(k)
        return self.d[k]
    def put(self, k, v):
        self.d[k] = v
        self.d.move_to_end(k)
        if len(self.d) > self.cap:
            self.d.popitem(last=False)
cache = LRU(2)
cache.put(1, "a"); cache.put(2, "b"); cache.get(1); cache.put(3, "c")
print(list(cache.d.items()), cache.get(2))
dq = deque([1, 2, 3], maxlen=4)
dq.appendleft(0); dq.append(4); dq.rotate(1)
print(dq, dq.maxlen)
Emp = namedtuple("Emp", "name dept salary")
staff = [Emp("a", "eng", 100), Emp("b", "ops", 80), Emp("c", "eng", 120)]
print(max(staff, key=lambda e: e.salary).name, Emp._fields, staff[0]._asdict())
defaults = {"color": "red", "user": "guest"}
cm = ChainMap({"user": "admin"}, defaults)
print(cm["user"], cm["color"], dict(cm.new_child({"color": "blue"})))
