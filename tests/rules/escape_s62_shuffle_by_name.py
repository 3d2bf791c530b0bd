# expect: reject store
# line: 11
# why: found in review of round 92: a Random's shuffle fetched by getattr (accepted before this session too) writes an argument the checker never sees; the methods that write their argument are argument writers (st_arg_writer_method), judged called, taken as a value and fetched by a string
import struct, io
HOLD = []
try:
    raise ValueError(bytearray(16))
except ValueError as e:
    mem = e.args[0]
import operator, random
getattr(random.Random(1), "shuffle")(mem)
