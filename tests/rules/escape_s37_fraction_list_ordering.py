# expect: reject memory
# line: 17
# why: round 67: library comparisons written in Python run the program's code with no comparison dunder of its own (Fraction reads a number subclass's numerator, imag, as_integer_ratio; ChainMap's Mapping.__eq__ iterates its maps; a dataclass's generated __eq__ reads a property field); a True answer lets the tuple compare of gh-120298/gh-115243 go on reading the freed tuple (raw memory under 3.11.2)
import fractions

keep = []
vl = []
state = {"n": 0, "payload": b""}
N = 25


class F(float):
    __slots__ = ()

    @property
    def imag(self):
        state["n"] += 1
        if state["n"] == 2:          # the final ordering compare (gh-120298)
            vl.clear()
            keep.append(bytearray(state["payload"]))
        elif state["n"] == 3:
            keep.append(self)
        return 0


def w8(v):
    return v.to_bytes(8, "little")


vl.append(tuple([fractions.Fraction(1), 0] + [0] * (N - 2)))
fake = id(vl[0]) + 48
words = [0, 0, 0, 0, 0, 0, fake, 0, 1 << 40, id(F), 0x4000000000000000]
raw = b"".join([w8(x) for x in words])
state["payload"] = raw + bytes(232 - len(raw))
print(vl < [tuple([F(1.0), fractions.Fraction(1)] + [0] * (N - 2))])
print(len(keep), [type(k).__name__ for k in keep])
B = keep[0]
B[64:120] = b"".join([w8(x) for x in [1 << 40, id(bytearray), 1 << 62, 1 << 62, 0, 0, 0]])
mem = keep[1]
print(type(mem).__name__, hex(len(mem)), "at", hex(id(mem)), "fake was", hex(fake))
probe = "freed-memory-probe"
print("read through it:", bytes(mem[id(probe) + 48:id(probe) + 48 + len(probe)]))
