# expect: reject memory
# line: 26
# verified: under 3.11.2 it prints 'the first key is now: Filler True', then the
#   interpreter crashes at exit (SIGSEGV)
# Mechanism: as escape_r8_memory_15 (gh-143543).
# This member: __eq__ bound by assignment in the class body, groupby imported under another name.
# Checker before the rule: exit 0 (accepted)
from itertools import groupby as runs


def compare(self, other):
    global G
    if self.first and not Key.seen:
        Key.seen = True
        next(G)                  # drops the key this comparison is running on
        return NotImplemented
    if not self.first:
        before = id(other)
        keep.extend(Filler() for _ in range(100))
        print("the first key is now:", type(other).__name__, any(id(k) == before for k in keep))
    return False


class Key:
    seen = False
    __eq__ = compare

    def __init__(self, first):
        self.first = first


class Filler:
    def __init__(self):
        self.a = 1


keep = []


def keys():
    yield Key(True)
    while True:
        yield Key(False)


G = runs([None, 1], keys().send)
next(G)
next(G)
