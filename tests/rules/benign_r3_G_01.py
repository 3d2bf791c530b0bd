# expect: accept
# why: Attribute reads by name that stay allowed: a literal getattr of the program's own
#   private state through self, public names in attrgetter/methodcaller and keyword
#   patterns, namedtuple's underscored API, a literal __match_args__ of public names.
import operator
from collections import namedtuple

Point = namedtuple("Point", "x y")


class Cache:
    def __init__(self):
        self._store = {}

    def get(self, key):
        store = getattr(self, "_store", None)
        if store is None:
            return None
        return store.get(key)

    def put(self, key, value):
        self._store[key] = value


class Vec:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


c = Cache()
c.put("a", 1)
p = Point(1, 2)
print(c.get("a"), operator.attrgetter("x")(p), operator.attrgetter("_fields")(p))
print(operator.methodcaller("_replace", x=5)(p), operator.methodcaller("upper")("ok"))
match p:
    case Point(x=1, y=y):
        print("y is", y)
match Vec(3, 4):
    case Vec(a, b):
        print(a + b)
print(hasattr(c, "_store"))
