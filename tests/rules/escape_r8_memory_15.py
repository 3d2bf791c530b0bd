# expect: reject memory
# line: 17
# verified: under the image's python3.11 (3.11.2) and 3.11.7 it prints 'other is now a Other True':
#   the reflected __eq__ runs with the first key freed, and a new object took its memory
# Mechanism: gh-143543 (fixed upstream in 2026, in no 3.11): groupby_next compares its target
#   key with the current key as borrowed pointers; the first key's __eq__ calls next() on the same
#   groupby, which drops the target key, and returns NotImplemented: do_richcompare then calls the
#   second key's reflected __eq__ with the freed first key as `other`.
# This member: the upstream report's shape, with the freed key's memory taken back.
# Checker before the rule: exit 0 (accepted)
from itertools import groupby

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
