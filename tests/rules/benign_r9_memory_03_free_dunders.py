# expect: accept
# why: honest look-alikes of the comparison purity rule: in a program with __eq__
#   and __lt__, the dunders no pure function can run stay free to change state: an
#   iterator's __next__, a memoizing __call__, __setitem__, __iadd__, __enter__ and
#   __exit__, __repr__ and __str__ that call methods (the comparisons convert
#   nothing to text), and a plain method that mutates (called outside comparisons)
class Counter:
    def __init__(self, limit):
        self.limit = limit
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.limit:
            raise StopIteration
        self.i += 1
        return self.i


class Memo:
    def __init__(self):
        self.seen = {}
        self.calls = 0

    def __call__(self, n):
        self.calls += 1
        if n not in self.seen:
            self.seen[n] = n * n
        return self.seen[n]


class Ledger:
    def __init__(self, owner):
        self.owner = owner
        self.entries = []
        self.open = False

    def __setitem__(self, k, v):
        self.entries.append((k, v))

    def __iadd__(self, amount):
        self.entries.append(("deposit", amount))
        return self

    def __enter__(self):
        self.open = True
        return self

    def __exit__(self, *exc):
        self.open = False
        return False

    def total(self):
        return sum(v for _, v in self.entries)

    def clear(self):
        self.entries.clear()

    def __eq__(self, other):
        return isinstance(other, Ledger) and self.owner == other.owner

    def __lt__(self, other):
        return self.owner < other.owner

    def __hash__(self):
        return hash(self.owner)

    def __repr__(self):
        return "Ledger(%s, %s)" % (self.owner.upper(), ", ".join(str(e) for e in self.entries))


square = Memo()
print(list(Counter(3)), square(4), square(4), square.calls)
a, b = Ledger("bob"), Ledger("amy")
with a:
    a["rent"] = -500
    a += 1200
print(sorted([a, b]), a.total(), a == Ledger("bob"), a.open)
a.clear()
print(a, {a, b} == {b, Ledger("bob")})
