# expect: reject memory
# line: 21
# verified: under 3.11.2 and 3.11.7 it prints 'self is now: Other True': the group's
#   reflected __eq__ runs on the key its inner next() freed, whose memory a new object took
# Mechanism: gh-146613 (fixed upstream in 2026): _grouper_next compares the group's key with the
#   groupby's current key, borrowed; the target key's __eq__ calls next() on the same group, which
#   takes the item and drops the current key, then returns NotImplemented: the reflected __eq__
#   runs with the freed key as self.
# This member: the group (_grouper) re-entered, not the groupby.
# Checker before the rule: exit 0 (accepted)
import itertools


class Key:
    __slots__ = ("first", "b", "c", "d", "e")
    state = [1]

    def __init__(self, first):
        self.first = first

    def __eq__(self, other):
        if Key.state[0] == 2:
            # the reflected call: self is the key the group's inner next() dropped
            Key.state[0] = 3
            before = id(self)
            keep.extend(Other() for _ in range(200))
            print("self is now:", type(self).__name__, any(id(k) == before for k in keep))
            return False
        if self is other or Key.state[0] == 3:
            return True
        if self.first and Key.state[0] == 1:
            Key.state[0] = 0
            next(group)
            Key.state[0] = 2
            return NotImplemented
        return True


class Other:
    __slots__ = ("a", "b", "c", "d", "e")


keep = []


def keys():
    yield Key(True)
    while True:
        yield Key(False)


ks = keys()
G = itertools.groupby(range(4), lambda x: next(ks))
k, group = next(G)
next(group)
try:
    next(group)
except StopIteration:
    pass
