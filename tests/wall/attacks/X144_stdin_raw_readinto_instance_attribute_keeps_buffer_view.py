# family: wall (memory: sys.stdin's raw FileIO given a readinto of the program's on the instance: the buffer view kept past close)   goal: memory   interpreter: /usr/bin/python3
# No stream made at all: the standard streams' raw FileIO objects take instance
# attributes, and 3.11's BufferedReader calls raw.readinto by name with a writable
# view of its whole buffer. The program's readinto keeps the view (and answers
# end of file), sys.stdin's buffer is closed (its block freed), a list's item
# array takes the block, and a write through the view replaces one of its items.
# The wall: FileIO's and BytesIO's readinto and write are data descriptors whose
# setter refuses (io_fixed).
import struct
import sys
saved = []
buffered = sys.stdin.buffer
def readinto(b):
    saved.append(b)
    return 0
try:
    buffered.raw.readinto = readinto
except AttributeError as e:
    print("refused:", e)
buffered.read(1)
if not saved:
    print("no view lent")
else:
    mv = saved[-1]
    buffered.close()
    marker = "the marker object"
    victim = [None] * (len(mv) // 8)
    if struct.unpack_from("<Q", mv, 0)[0] == id(None):
        struct.pack_into("<Q", mv, 0, id(marker))
        seen = victim[0] is marker
        struct.pack_into("<Q", mv, 0, id(None))
        print("MEMORY-OVERWRITTEN: a list's item written through stdin's kept buffer view"
              if seen else "list under the view, not replaced")
    else:
        print("view of", len(mv), "bytes:", bytes(mv[:16]))
