# expect: accept
# why: ordinary struct use: a Struct called and kept in an attribute or a variable, packing
#   and unpacking records
import struct
from struct import Struct

HEADER = Struct("<4sHI")


class Record:
    layout = struct.Struct("<Id")

    def __init__(self, ident, value):
        self.ident = ident
        self.value = value

    def pack(self):
        return self.layout.pack(self.ident, self.value)

    @classmethod
    def unpack(cls, data):
        return cls(*cls.layout.unpack(data))


blob = HEADER.pack(b"REC1", 2, 12) + Record(7, 2.5).pack()
magic, version, size = HEADER.unpack_from(blob)
rec = Record.unpack(blob[HEADER.size:])
print(magic, version, size, rec.ident, rec.value)
buf = bytearray(8)
struct.pack_into("<HHI", buf, 0, 1, 2, 3)
print(list(struct.iter_unpack("<H", bytes(buf[:4]))), struct.calcsize("<HHI"))
