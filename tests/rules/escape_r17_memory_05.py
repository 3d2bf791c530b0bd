# expect: reject memory
# line: 14
# verified: plain python3 3.11.2 (/usr/bin/python3 -I): prints 'bytearray 0x4000000000000000' (raw memory)
# why: gh-120298, property getters judged on demand: __lt__ calls str(s), so __repr__ is judged, and __repr__ reads s.gone: the getter is judged once the function that reads it is
keep = []
W = lambda v: v.to_bytes(8, "little")
FAKE = (W(0) + W(0) + W(1 << 40) + W(id(bytearray)) + W(1 << 62) + W(1 << 62)
        + W(0) + W(0) + W(1))[:73]
vl = []
class V:
    __slots__ = ("a", "b", "c", "d", "e", "f")
    @property
    def gone(s):
        vl.clear()
        return "x"
    def __repr__(s):
        return "V" + s.gone
    def __eq__(s, o): return False
    def __lt__(s, o):
        str(s)
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
