# expect: reject memory
# line: 23
# verified: plain python3 3.11.2 (/usr/bin/python3 -I): prints 'bytearray 0x4000000000000000' (raw memory)
# why: gh-120298, round 14's narrowing of allowance (c) (iterator dunders judged, splat generator expressions consumed): __iter__ bound in the class body to a list's bound method (vl.clear, called with no argument by iter()): an iteration dunder bound to something other than a def or lambda may be any callable
keep = []
W = lambda v: v.to_bytes(8, "little")
FAKE = (W(0) + W(0) + W(1 << 40) + W(id(bytearray)) + W(1 << 62) + W(1 << 62)
        + W(0) + W(0) + W(1))[:73]
vl = []
class Box:
    pass
class V:
    __slots__ = ("a", "b", "c", "d", "e", "f")
    def __eq__(s, o): return False
    def __lt__(s, o):
        try:
            for x in box:
                pass
        except TypeError:
            pass
        return NotImplemented
class Box2:
    __iter__ = vl.clear
box = Box2()
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
