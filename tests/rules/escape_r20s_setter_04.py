# expect: reject memory
# why: twentieth red team (the red team's ok_04): an attribute store on the instance under
#   construction runs a data descriptor's setter of the program's, which must be judged
# line: 16
# ok_04 -- goal: raw memory (gh-120298): fake bytearray of length 2**62 at address 0 (same root cause as ok_01/ok_02, other code path)
# mechanism: Ctr.__init__ does self.n = 0 and self.n += 1; `n` is a property whose setter empties vl inside V.__lt__.
# rule slipped: `memory`, round-17 int_augmented (29fa760): `self.attr += int` on the instance under construction is treated as a rebinding
#   of a fresh attribute; only the program's __iadd__ is considered, never the property setter the store runs.
keep = []
W = lambda v: v.to_bytes(8, "little")
FAKE = (W(0) + W(0) + W(1 << 40) + W(id(bytearray)) + W(1 << 62) + W(1 << 62)
        + W(0) + W(0) + W(1))[:73]
vl = []
class Ctr:
    def __init__(self):
        self.n = 0
        self.n += 1
    @property
    def n(self): return 0
    @n.setter
    def n(self, v):
        vl.clear()
class V:
    __slots__ = ("a", "b", "c", "d", "e", "f")
    def __eq__(s, o): return False
    def __lt__(s, o):
        Ctr()
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
