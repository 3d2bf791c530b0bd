class Record:
    defaults = {"active": True, "score": 0}

    def __init__(self, **kwargs):
        for k, v in self.defaults.items():
            setattr(self, k, v)
        for k, v in kwargs.items():
            setattr(self, k, v)

    def update(self, **changes):
        for k, v in changes.items():
            if not hasattr(self, k):
                raise AttributeError(f"no field {k!r}")
            setattr(self, k, v)
        return self

    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
        return f"Record({fields})"

r = Record(name="zoe", score=7)
print(r)
print(vars(r))
r.update(score=10, active=False)
print(r, getattr(r, "missing", "n/a"))
try:
    r.update(colour="red")
except AttributeError as e:
    print("error:", e)
delattr(r, "active")
print(sorted(r.__dict__), hasattr(r, "active"))

class Settings:
    __slots__ = ("host", "port")
    def __init__(self, **kw):
        for name in self.__slots__:
            setattr(self, name, kw.get(name))
s = Settings(host="localhost", port=8080)
print({n: getattr(s, n) for n in Settings.__slots__})
print(type(r).__name__, isinstance(r, Record), Record.__name__, r.__class__.defaults)
