# family: wall (memory: a struct.Struct made by __new__ alone has no code array; its __sizeof__ walks NULL)   goal: crash   interpreter: /usr/bin/python3
# Of our own, a sibling of X117: 3.11's Struct.__new__ leaves s_size -1 and s_codes
# NULL until __init__, and its methods run on that: __sizeof__ walks the NULL code
# array (SIGSEGV); pack_into takes one argument for s_len + 2 and fills -1 bytes;
# format reads None as bytes. The wall: the methods that walk the code array refuse
# a Struct without a format (struct_ready).
import struct
s = struct.Struct.__new__(struct.Struct)
print("made", flush=True)
print(s.__sizeof__())
