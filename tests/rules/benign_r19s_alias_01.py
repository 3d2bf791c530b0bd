# expect: accept
# why: the binding forms the alias links follow, used on the program's own data only: match captures (plain, sequence, mapping **rest, class keyword), a starred target, a lambda default, *args/**kwargs, a with target from the program's __enter__, a generator's send, a for over the program's iterator, map over a program function, a decorator; every store puts the program's values into the program's objects

import json

registry = {}
match registry:
    case reg:
        reg["a"] = [1, 2]
match [registry]:
    case [first, *more]:
        first["b"] = "x"
match {"x": {"n": 1}}:
    case {"x": inner, **rest}:
        inner["n"] = 2
        rest["y"] = 3
class Point:
    def __init__(self):
        self.tags = {}
match Point():
    case Point(tags=t):
        t["ok"] = True
*items, = [registry]
items[0]["c"] = 1
f = lambda box={}: box
f()["d"] = 4
def g(*args, **kw):
    args[0]["e"] = 5
    kw["o"]["f"] = 6
g(registry, o=registry)
class CM:
    def __enter__(self):
        return registry
    def __exit__(self, *exc):
        return False
with CM() as cm:
    cm["g"] = 7
def gen():
    got = yield
    got["h"] = 8
    yield
it = gen()
next(it)
it.send(registry)
class Count:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return {"n": self.n}
for row in Count():
    row["seen"] = True
def mark(a):
    a["mapped"] = 1
    return a
list(map(mark, [registry]))
def deco(fn):
    return {"name": fn.__name__}
@deco
def task():
    pass
task["done"] = True
registry["i"].append(3) if "i" in registry else registry.setdefault("i", []).append(3)
print(json.dumps(registry, sort_keys=True), task)
