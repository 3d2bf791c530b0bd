# expect: reject store
# line: 11
# why: struct's pack_into bound by a from-import under another name writes its second argument as struct.pack_into does
import struct, io
HOLD = []
try:
    raise ValueError(bytearray(16))
except ValueError as e:
    mem = e.args[0]
from struct import pack_into as pk
pk("<Q", mem, 0, 1)
