# expect: reject store
# line: 10
# why: left alone in round 91, closed now: struct.pack_into writes its second argument, and the store rule knew only first-argument writers; the red team's write primitive after a memory corruption was pack_into into a value an exception handed back (its slice assignment was refused)
import struct, io
HOLD = []
try:
    raise ValueError(bytearray(16))
except ValueError as e:
    mem = e.args[0]
struct.pack_into("<Q", mem, 0, 1)
