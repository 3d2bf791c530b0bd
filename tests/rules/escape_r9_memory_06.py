# expect: reject memory
# line: 16
# verified: plain python3 3.11.2: prints 'bytearray 0x4000000000000000'
# why: gh-115243 (deque.index) with the deque emptied by a callable held in an instance attribute (the deque's clear): a pure function calls no method of a value
keep = []
W = lambda v: v.to_bytes(8, "little")
FAKE = (W(0) + W(0) + W(1 << 40) + W(id(bytearray)) + W(1 << 62) + W(1 << 62)
        + W(0) + W(0) + W(1))[:73]
import collections
dq = collections.deque()
class V:
    __slots__ = ("a", "b", "c", "d", "e", "f")
    def __init__(s, cb):
        s.a = cb
    def __eq__(s, o):
        s.a()
        return NotImplemented
class T:
    def __eq__(s, o):
        keep.append(bytearray(FAKE))
        keep.append(o)
        return False
def raw_memory():
    dq.append(V(dq.clear))
    try:
        dq.index(T())
    except RuntimeError:
        pass
    return keep[-1]
mem = raw_memory()
print(type(mem).__name__, hex(len(mem)))
