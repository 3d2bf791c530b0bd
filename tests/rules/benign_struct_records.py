# expect: accept
import struct
from collections import namedtuple

Record = namedtuple("Record", "id temp flag")
FMT = "<Ifb"
rows = [Record(1, 21.5, 1), Record(2, -3.25, 0)]
blob = b"".join(struct.pack(FMT, *r) for r in rows)
size = struct.calcsize(FMT)
back = [Record(*struct.unpack_from(FMT, blob, i)) for i in range(0, len(blob), size)]
print(len(blob), back == rows, [r[1] for r in struct.iter_unpack(FMT, blob)])
