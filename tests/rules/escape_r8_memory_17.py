# expect: reject memory
# line: 13
# verified: under 3.11.2 it prints 'other is now a Other True' (a freed key reused)
# Mechanism: as escape_r8_memory_15 (gh-143543).
# This member: groupby through statistics, which re-exports it (statistics.groupby is allowed).
# Checker before the rule: exit 0 (accepted)
from statistics import groupby

class Key:
    seen = False
    def __init__(self, is_first):
        self.is_first = is_first
    def __eq__(self, other):
        global G
        if self.is_first and not Key.seen:
            Key.seen = True
            next(G)
            return NotImplemented
        if not self.is_first:
            before = id(other)
            keep = [Other() for _ in range(100)]
            print("other is now a", type(other).__name__, any(id(k) == before for k in keep))
            keep2.append(keep)
        return False

class Other:
    def __init__(self):
        self.a = 1

keep2 = []
def keys():
    yield Key(True)
    while True:
        yield Key(False)

G = groupby([None, 1], keys().send)
next(G)
next(G)
print("survived")
