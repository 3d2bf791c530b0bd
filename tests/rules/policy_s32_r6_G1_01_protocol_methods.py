# expect: reject store
# line: 41
# why: refused since session 32, the cost of following every alias both ways (a store through one name of an object reaches what any other name of it was linked to, and the links through library calls, escaping functions and the hooks join many objects); before: the parameters the interpreter fills (operator and comparison operands, a
#   descriptor's value, __exit__'s exception, __call__'s arguments) read, compared,
#   computed with and stored into the program's own objects; the descriptor's value
#   is what the program assigns to its attribute (balance), no store goes through a
#   filled parameter
import json


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __contains__(self, item):
        return item in (self.x, self.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


class Positive:
    def __set_name__(self, owner, name):
        self.key = "_" + name

    def __get__(self, obj, owner=None):
        return self if obj is None else obj.store[self.key]

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError("must be positive")
        obj.store[self.key] = value


class Account:
    balance = Positive()

    def __init__(self, balance):
        self.store = {}
        self.balance = balance




class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}

    def __call__(self, *args):
        if args not in self.cache:
            self.cache[args] = self.fn(*args)
        return self.cache[args]


class Quiet:
    def __init__(self):
        self.seen = []

    def __enter__(self):
        return self

    def __exit__(self, kind, exc, tb):
        self.seen.append(str(exc))
        return True


@Memo
def square(n):
    return n * n


a = Account(10)
a.balance = 5


with Quiet() as q:
    raise ValueError("boom")
q.seen.append("after")
v = Vec(1, 2) + Vec(3, 4)
v.x = 10
print(a.balance, q.seen, v, Vec(1, 2) == Vec(1, 2), sorted([Vec(2, 1), Vec(1, 5)]))
print(2 in Vec(2, 3), square(4), square(4), json.dumps({"n": square(3)}))
