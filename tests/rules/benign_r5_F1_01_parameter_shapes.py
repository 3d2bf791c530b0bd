# expect: accept
# Honest methods of every parameter shape on a class with private state (so each is
# privileged: bound calls only), called bound with exactly their required arguments:
# typed and untyped parameters, typed defaults, `/`, `*`, typed and untyped `*args`
# and `**kw`, and a generator as the one argument.
class Store:
    def __init__(self):
        self._data = {}

    def put(self, key: str, value: object, /) -> None:
        self._data[key] = value

    def put_all(self, *pairs: tuple, **extra: object) -> None:
        for key, value in pairs:
            self._data[key] = value
        self._data.update(extra)

    def lookup(self, key: str, default: object = None) -> object:
        return self._data.get(key, default)

    def pick(self, *, key: str, fallback: object = None) -> object:
        return self._data.get(key, fallback)

    def first(self, *keys: str, strict: bool) -> object:
        for key in keys or sorted(self._data):
            return self._data[key]
        if strict:
            raise KeyError("empty")
        return None

    def count(self, keys) -> int:
        return sum(1 for key in keys if key in self._data)

    def size(self, *args, **kw) -> int:
        return len(self._data)


s = Store()
s.put("a", 1)
s.put_all()
s.lookup("a")
s.pick(key="a")
s.first(strict=True)
print(s.count(k for k in ["a", "b"]), s.size(), s.lookup("a"), s.pick(key="b"))
