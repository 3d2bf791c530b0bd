# Build and parse a little binary file format in memory with struct and io.BytesIO.
import io
import struct

HEADER = struct.Struct("<4sHH")
RECORD = struct.Struct("<IhdB")

readings = [(1, -12, 21.5, 1), (2, 0, 22.25, 0), (3, 7, -3.125, 1), (4, 32767, 1e-3, 255)]

buf = io.BytesIO()
buf.write(HEADER.pack(b"TEMP", 1, len(readings)))
for r in readings:
    buf.write(RECORD.pack(*r))
data = buf.getvalue()
print("file size:", len(data), "=", HEADER.size, "+", len(readings), "*", RECORD.size)
print(data[:16].hex(" "))

stream = io.BytesIO(data)
magic, version, count = HEADER.unpack(stream.read(HEADER.size))
print(magic.decode(), "version", version, "records", count)
for _ in range(count):
    ident, offset, value, flags = RECORD.unpack(stream.read(RECORD.size))
    print(f"  #{ident} offset={offset:6} value={value:8.3f} flags={flags:08b}")

print(struct.pack(">I", 1).hex(), struct.pack("<I", 1).hex())
print(struct.calcsize("<IhdB"), struct.calcsize("@IhdB"))
try:
    struct.pack("<h", 40000)
except struct.error as e:
    print("error:", e)
values = struct.unpack("<4f", struct.pack("<4f", 0.1, 0.5, 1 / 3, 100.0))
print([round(v, 6) for v in values])
