# family: wall (memory: array.tofile fixes its length before the file's write, which shrinks the array)   goal: memory   interpreter: /usr/bin/python3
# The sixteenth round's ok_06: 3.11's tofile takes the byte length and the number
# of 64 KiB blocks once, then reads each block from the array's buffer after
# calling f.write, the program's. A write that shrinks the array (its tail freed)
# and allocates a list there makes the next block a read of that list's items.
# The wall: tofile writes blocks of a copy taken before the first write
# (array_tofile).
from array import array
import struct
a = array('B', b'A' * (65536 + 40000))
keep = []
class F:
    chunks = []
    def write(self, b):
        if not F.chunks:
            del a[4096:]
            keep.append([keep] * 12000)
        F.chunks.append(bytes(b))
        return len(b)
a.tofile(F())
tail = F.chunks[1] if len(F.chunks) > 1 else b""
words = [w for (w,) in struct.iter_unpack("<Q", tail[:len(tail) // 8 * 8])]
if words.count(id(keep)) > 16:
    print("MEMORY-OVERWRITTEN: tofile wrote a list's items from the freed tail:", words.count(id(keep)))
else:
    print("blocks:", [len(c) for c in F.chunks], "tail starts", tail[:8])
