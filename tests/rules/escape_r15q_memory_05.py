# expect: reject memory
# line: 22
# verified: plain python3 3.11.2 (/usr/bin/python3 -I): prints 'bytearray 0x4000000000000000' (raw memory)
# why: gh-120298, round 15's classmethod receiver (cls(...) in a @classmethod reached from a comparison is the constructor of the class or of any class deriving from it, each judged): a subclass's __init__ empties the compared list; s.make() on the subclass's instance binds cls to it
keep = []
W = lambda v: v.to_bytes(8, "little")
FAKE = (W(0) + W(0) + W(1 << 40) + W(id(bytearray)) + W(1 << 62) + W(1 << 62)
        + W(0) + W(0) + W(1))[:73]
vl = []
class C:
    __slots__ = ("a", "b", "c", "d", "e", "f")
    @classmethod
    def make(cls):
        return cls()
    def __eq__(s, o): return False
    def __lt__(s, o):
        s.make()
        return NotImplemented
class Sub(C):
    __slots__ = ()
    def __init__(s):
        vl.clear()
class Wc:
    def __eq__(s, o): return False
    def __gt__(s, o):
        keep.append(bytearray(FAKE))
        keep.append(o)
        return False
def raw_memory():
    w = Wc()
    vl.append(Sub())
    vl < [w]
    keep.append(w)
    return keep[-2]
mem = raw_memory()
print(type(mem).__name__, hex(len(mem)))
