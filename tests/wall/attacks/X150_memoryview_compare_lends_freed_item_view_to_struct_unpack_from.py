# family: wall (memory: memoryview == hands struct.Struct's unpack_from a writable view of a block it frees)   goal: memory   interpreter: /usr/bin/python3
# Found in this round's audit (the same shape as ok_03): 3.11's memoryview
# comparison of two different formats unpacks the items with the struct module,
# looked up by name (struct.Struct, a name the program can replace), and passes
# the unpack_from it finds a writable memoryview of an item-sized block it frees
# after the comparison. The program's Struct keeps the view; a bytearray's
# storage takes the freed block; a write through the view lands in it. The wall:
# views of other than one native format are compared with the struct module's own
# Struct held by the wall (memory_compare).
import struct
from array import array
views = []
class FakeStruct:
    def __init__(self, fmt):
        self.size = 8
    def unpack_from(self, view):
        views.append(view)
        return (0,)
struct.Struct = FakeStruct
try:
    print("equal:", memoryview(array('b', [1])) == memoryview(array('d', [1.0])))
except Exception as e:
    print("compare:", type(e).__name__, e)
big = max(views, key=len) if views else None
if big is not None and len(big) == 8 and not big.readonly:
    victims = [bytearray(b"B" * 7) for _ in range(64)]
    big[:7] = b"WRITTEN"
    hit = [v for v in victims if v == b"WRITTEN"]
    if hit:
        print("MEMORY-OVERWRITTEN: a bytearray's buffer written through the kept view:", bytes(hit[0]))
    else:
        print("view kept; no bytearray under it")
else:
    print("no view lent:", [len(v) for v in views])
