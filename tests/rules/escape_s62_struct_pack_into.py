# expect: reject store
# line: 10
# why: a Struct's pack_into writes its first argument
import struct, io
HOLD = []
try:
    raise ValueError(bytearray(16))
except ValueError as e:
    mem = e.args[0]
struct.Struct("<Q").pack_into(mem, 0, 1)
