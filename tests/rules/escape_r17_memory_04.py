# expect: reject memory
# line: 14
# verified: plain python3 3.11.2 (/usr/bin/python3 -I): prints 'bytearray 0x4000000000000000' (raw memory)
# why: gh-120298, property getters judged on demand: Fraction's comparison (library code) reads numerator of an int subclass, a name no judged function writes; a getter named like a library type's attribute is judged always
keep = []
W = lambda v: v.to_bytes(8, "little")
FAKE = (W(0) + W(0) + W(1 << 40) + W(id(bytearray)) + W(1 << 62) + W(1 << 62)
        + W(0) + W(0) + W(1))[:73]
vl = []
from fractions import Fraction
class N(int):
    @property
    def numerator(s):
        vl.clear()
        return 1
class V:
    __slots__ = ("a", "b", "c", "d", "e", "f")
    half = Fraction(1, 2)
    n = N(3)
    def __eq__(s, o): return False
    def __lt__(s, o):
        s.half < s.n
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
