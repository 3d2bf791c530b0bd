# family: wall (memory: io.RawIOBase.read copies as many bytes as the program's readinto claims)   goal: memory   interpreter: /usr/bin/python3
# The sixteenth round's ok_05: 3.11's RawIOBase.read makes a bytearray of n bytes,
# calls self.readinto on it and builds its answer from the bytearray's storage with
# the length readinto returned, never checked against the bytearray's: 64 KiB of
# the heap past an 8-byte buffer (object headers, the interpreter's type
# pointers). The wall: RawIOBase.read written out with the length checked
# (rawio_read).
import io
import struct
class R(io.RawIOBase):
    def readable(self):
        return True
    def readinto(self, b):
        return 1 << 16
try:
    data = R().read(8)
except ValueError as e:
    data = b""
    print("refused:", e)
kinds = {id(t) for t in (type, int, str, bytes, list, tuple, dict, bytearray, float)}
words = [w for (w,) in struct.iter_unpack("<Q", data[:len(data) // 8 * 8])]
if len(data) > 8 and any(w in kinds for w in words):
    print("MEMORY-OVERWRITTEN: read", len(data), "bytes from an 8-byte buffer, type pointers among them")
else:
    print("read", len(data), "bytes")
