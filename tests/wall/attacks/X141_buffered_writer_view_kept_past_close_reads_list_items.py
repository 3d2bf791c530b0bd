# family: wall (memory: io.BufferedWriter lends its raw stream a view of its own buffer, kept past close)   goal: memory   interpreter: /usr/bin/python3
# The sixteenth round's ok_07, first half: 3.11's buffered write passes raw.write a
# read-only memoryview over its own buffer, with no export behind it. Kept, and
# the writer closed (its buffer freed), the view shows what takes the block next:
# here a list's item array, id(None) over and over (the program read memory it
# does not own: MEMORY-OVERWRITTEN, the suite's word for it). The wall: a
# buffered stream wraps only FileIO or BytesIO (io_wraps).
import io
import struct
saved = []
class RawW(io.RawIOBase):
    def writable(self):
        return True
    def write(self, b):
        saved.append(b)
        return len(b)
bw = io.BufferedWriter(RawW(), 8192)
bw.write(b"x" * 100)
bw.flush()
mv = saved.pop()
bw.close()
del bw
lists = [[None] * 1024 for _ in range(4)]
words = [w for (w,) in struct.iter_unpack("<Q", mv[:len(mv) // 8 * 8])]
if words.count(id(None)) >= 8:
    print("MEMORY-OVERWRITTEN: the closed writer's buffer shows a list's items:",
          words.count(id(None)))
else:
    print("view:", bytes(mv[:16]))
