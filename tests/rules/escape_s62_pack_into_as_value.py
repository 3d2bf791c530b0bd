# expect: reject store
# line: 10
# why: a Struct's pack_into taken as a value writes, when called, an argument the checker never sees
import struct, io
HOLD = []
try:
    raise ValueError(bytearray(16))
except ValueError as e:
    mem = e.args[0]
f = struct.Struct("<Q").pack_into
f(mem, 0, 1)
