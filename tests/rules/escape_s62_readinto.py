# expect: reject store
# line: 10
# why: a stream's readinto (and readinto1) writes its argument
import struct, io
HOLD = []
try:
    raise ValueError(bytearray(16))
except ValueError as e:
    mem = e.args[0]
io.BytesIO(b"x").readinto(mem)
