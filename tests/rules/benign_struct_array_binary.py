# expect: accept
import array
import struct

header = struct.pack(">4sHHI", b"DATA", 1, 2, 1024)
magic, major, minor, size = struct.unpack(">4sHHI", header)
print(magic, major, minor, size, struct.calcsize(">4sHHI"))

samples = array.array("h", [0, 1000, -1000, 32767])
raw = samples.tobytes()
back = array.array("h")
back.frombytes(raw)
print(back.tolist(), len(raw), samples.itemsize)
print(int.from_bytes(b"\x00\x10", "big"), (4096).to_bytes(2, "little"), bytes.fromhex("deadbeef").hex("-"))
