# expect: reject memory
# line: 52
# cost: round 100 refuses this honest program. It names a library class whose
#   operations iterate what they hold (UserList, OrderedDict), a class of it has a
#   library base (so iteration is not closed), and a comparison runs an operation on
#   an attribute that may hold such an object
# why: round 91's consistency fix judges text dunders in programs that compare too:
#   honest reprs stay free beside __eq__ and __lt__ (fields formatted, vars(self).items()
#   joined, a builtin or own exception raised bare), an iterator's `self.i += 1` on an
#   int-only counter, an LRU cache's get and put beside a typing.Generic base, and
#   `"cmd_" + name` dispatch with setattr from **kwargs
from collections import OrderedDict
from typing import Generic, TypeVar

K = TypeVar("K")


class Stop(Exception):
    pass


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        if self.x is None:
            raise Stop
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"Point({fields})"


class Countdown:
    def __init__(self, n):
        self.i = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i <= 0:
            raise StopIteration
        self.i -= 1
        return self.i


class Cache(Generic[K]):
    def __init__(self, cap):
        self.cap = cap
        self.data = OrderedDict()
        self.hits = 0

    def get(self, key):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        return None

    def put(self, key, value):
        self.data[key] = value
        if len(self.data) > self.cap:
            self.data.popitem(last=False)

    def __repr__(self):
        return f"Cache({self.cap}, hits={self.hits})"


class Shell:
    def __init__(self, **options):
        self.echo = False
        for key, value in options.items():
            setattr(self, key, value)

    def run(self, line):
        name, *args = line.split()
        handler = getattr(self, "cmd_" + name, None)
        return handler(*args) if handler else f"unknown {name}"

    def cmd_add(self, a, b):
        return int(a) + int(b)


pts = sorted([Point(2, 1), Point(1, 5)])
print(pts, Point(1, 5) in pts, list(Countdown(3)))
c = Cache(1)
c.put("a", 1)
c.put("b", 2)
print(c.get("b"), c.get("a"), c)
s = Shell(echo=True)
print(s.run("add 2 3"), s.run("mul 2 3"), s.echo)
