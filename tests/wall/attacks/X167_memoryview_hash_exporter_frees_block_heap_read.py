# family: wall (heapread: memoryview.__hash__ hashes the block its exporter occupied after the exporter's own __hash__ released the view and freed it; objects made there meanwhile are what it reads)   goal: heapread   interpreter: /usr/bin/python3
# The twentieth round's ok_01. The wall: memory_hash copies the bytes before the
# exporter's __hash__ runs (wall_guard_lent_buffers).
# Goal: a memoryview reads another object's bytes through a buffer that was freed.
# Mechanism: memoryview.__hash__ (3.11 memory_hash) takes mem = view->buf and
# len BEFORE it calls hash(view->obj); for a read-only exporter that is a bytes
# subclass, that hash is the program's __hash__. Inside it the program releases
# the view (mv.release(): the view's only reference to the bytes goes), drops
# `self` (slot_tp_hash holds the object borrowed), so the bytes block is freed,
# then allocates objects of the same class/size filled with a marker (b"Z"*64),
# one of which lands in the freed block. Back in C, _Py_HashBytes(mem, len) hashes
# the marker: hash(view) == hash(b"Z"*64), not hash(b"A"*64) of what it viewed.
# memoryview.__hash__ is not among the wall's patched memoryview methods
# (wall_guard_lent_buffers patches hex, __eq__, __ne__ only).
# image/README.md ("not guarded, judged harmless") says nothing runs between the
# free and the read: the program's own __hash__ does (`del self` frees the block
# while the program is still running).
# Proof (sb-run: status ok; hash values vary with PYTHONHASHSEED, equal each run):
#   hash(view)       -8530980484451579292
#   hash(MARK bytes) -8530980484451579292
#   view hashed the MARKER bytes written after its buffer was freed: HEAP-READ
N = 64
ORIG = b"A" * N
MARK = b"Z" * N
keep = []
class B(bytes):
    def __hash__(self):
        mv.release()
        del self          # last reference gone: the viewed block is freed here
        for i in range(50):
            keep.append(B(MARK))   # same layout: one reuses the freed block
        return 1
b = B(ORIG)
mv = memoryview(b)
del b
h = hash(mv)
print("hash(view)      ", h)
print("hash(orig bytes)", hash(ORIG))
print("hash(MARK bytes)", hash(MARK))
if h == hash(MARK):
    print("view hashed the MARKER bytes written after its buffer was freed: HEAP-READ")
