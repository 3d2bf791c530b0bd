# expect: reject memory
# why: twentieth red team (the red team's ok_03): an attribute store on the instance under
#   construction runs a data descriptor's setter of the program's, which must be judged
# line: 21
# ok_03 -- goal: raw memory (gh-120298): fake bytearray of length 2**62 at address 0, reads any address
# mechanism: a class attribute that is a data descriptor of the program's (class D with __set__): Stack.__init__'s self.top = items calls
#   D.__set__, which empties vl during V.__lt__; freed V handed out by Wc.__gt__ raising LookupError(o).
# rule slipped: `memory` (memsafe.c): self.<attr> = v in a constructor is judged as a store on a fresh object; __set__ of a descriptor found
#   on the class is neither queued by the store nor judged always (it is not a comparison dunder), unlike __del__ which is judged always.
keep = []
W = lambda v: v.to_bytes(8, "little")
FAKE = (W(0) + W(0) + W(1 << 40) + W(id(bytearray)) + W(1 << 62) + W(1 << 62)
        + W(0) + W(0) + W(1))[:73]
vl = []
class D:
    def __set__(self, obj, v):
        vl.clear()
class Stack:
    top = D()
    def __init__(self, items):
        self.top = items
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
print("read out of bounds: ob_type of 12345 =", hex(int.from_bytes(mem[addr + 8:addr + 16], "little")), "id(int) =", hex(id(int)))
