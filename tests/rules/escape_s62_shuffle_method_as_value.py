# expect: reject store
# line: 11
# why: a Random instance's shuffle taken as a value was not judged at all (only random.shuffle, through the module, was): a method that writes its argument rather than its receiver is refused as a value whoever's method it is
import struct, io
HOLD = []
try:
    raise ValueError(bytearray(16))
except ValueError as e:
    mem = e.args[0]
import random
f = random.Random(1).shuffle
f(mem)
