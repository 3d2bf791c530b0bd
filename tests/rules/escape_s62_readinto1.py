# expect: reject store
# line: 11
# why: a stream's readinto1 writes its argument
import struct, io
HOLD = []
try:
    raise ValueError(bytearray(16))
except ValueError as e:
    mem = e.args[0]
b = io.BytesIO(b"xy")
b.readinto1(mem)
