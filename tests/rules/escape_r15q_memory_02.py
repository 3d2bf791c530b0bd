# expect: reject memory
# line: 12
# verified: plain python3 3.11.2 (/usr/bin/python3 -I): prints 'bytearray 0x4000000000000000' (raw memory)
# why: gh-120298, round 15's narrowing of the augmented-assignment rule (an operator no builtin or library type implements in place rebinds a local name: k >>= 1 is k = k >> 1): the same through //= and __ifloordiv__
keep = []
W = lambda v: v.to_bytes(8, "little")
FAKE = (W(0) + W(0) + W(1 << 40) + W(id(bytearray)) + W(1 << 62) + W(1 << 62)
        + W(0) + W(0) + W(1))[:73]
vl = []
class Bits:
    def __ifloordiv__(s, k):
        vl.clear()
        return 0
bits = Bits()
class V:
    __slots__ = ("a", "b", "c", "d", "e", "f")
    def __eq__(s, o): return False
    def __lt__(s, o):
        h = bits
        h //= 1
        return NotImplemented
class Wc:
    def __eq__(s, o): return False
    def __gt__(s, o):
        keep.append(bytearray(FAKE))
        keep.append(o)
        return False
def raw_memory():
    w = Wc()
    vl.append(V())
    vl < [w]
    keep.append(w)
    return keep[-2]
mem = raw_memory()
print(type(mem).__name__, hex(len(mem)))
