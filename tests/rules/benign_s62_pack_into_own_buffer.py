# expect: accept
# why: the honest look-alike of escape_s62_pack_into_*: struct.pack_into and a Struct's pack_into into the program's own bytearray and a memoryview of it, a BytesIO's readinto into a fresh bytearray
import struct, io
buf = bytearray(16)
struct.pack_into("<Q", buf, 0, 5)
S = struct.Struct("<HH")
S.pack_into(buf, 8, 1, 2)
view = memoryview(buf)
struct.pack_into("<I", view, 12, 7)
src = io.BytesIO(b"abcd")
chunk = bytearray(2)
n = src.readinto(chunk)
print(buf.hex(), n, chunk)
