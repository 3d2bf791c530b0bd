# setattr from kwargs, vars(obj), __dict__ usage, __slots__
class Config:
    defaults = {"host": "localhost", "port": 8000, "debug": False}
    def __init__(self, **kwargs):
        for key, value in self.defaults.items():
            setattr(self, key, value)
        for key, value in kwargs.items():
            if key not in self.defaults:
                raise TypeError(f"unknown option {key!r}")
            setattr(self, key, value)
    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
        return f"Config({inner})"
    def to_dict(self):
        return dict(vars(self))

c = Config(port=9000, debug=True)
print(c, c.to_dict())
try:
    Config(colour="red")
except TypeError as e:
    print(e)
c.__dict__["extra"] = 1
print(hasattr(c, "extra"), getattr(c, "missing", "default"))
delattr(c, "extra")
print(sorted(vars(c)))

class Record:
    __slots__ = ("a", "b")
    def __init__(self, a, b):
        self.a, self.b = a, b
r = Record(1, 2)
try:
    r.c = 3
except AttributeError as e:
    print("slots:", type(e).__name__)
print({s: getattr(r, s) for s in Record.__slots__})
class Bag:
    pass
b = Bag()
for i, name in enumerate(["x", "y", "z"]):
    setattr(b, name, i * 10)
print(vars(b), b.y)
from types import SimpleNamespace
ns = SimpleNamespace(a=1, b="two")
ns.c = [3]
print(ns, vars(ns))
