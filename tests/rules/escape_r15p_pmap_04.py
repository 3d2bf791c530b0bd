# expect: reject memory
# line: 14
# verified: plain python3 3.11.2 (/usr/bin/python3 -I): prints 'bytearray 0x4000000000000000' (raw memory)
# why: gh-120298; round 15 takes a map() or filter() written where it is consumed in a
#   pure function for the generator expression it spells (honest14b p31's
#   `".".join(map(str, self.parts))` in __repr__): its callable is judged as the
#   function's own call. Here a filter() with the program def.
keep = []
W = lambda v: v.to_bytes(8, "little")
FAKE = (W(0) + W(0) + W(1 << 40) + W(id(bytearray)) + W(1 << 62) + W(1 << 62)
        + W(0) + W(0) + W(1))[:73]
vl = []
def wipe(_):
    vl.clear()
class V:
    __slots__ = ("a", "b", "c", "d", "e", "f")
    def __eq__(s, o): return False
    def __lt__(s, o):
        sorted(filter(wipe, "x"))
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
