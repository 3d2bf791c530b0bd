# family: wall (memory: struct.Struct re-initialised to "" under its iter_unpack iterator, length_hint divides by 0)   goal: crash   interpreter: /usr/bin/python3
# (fourteenth wall round, near/n1, as found.) The wall: struct_init refuses the second
# __init__.
# near/n1: struct iter_unpack, Struct re-initialised to "" -> s_size 0 -> __length_hint__
#          divides by zero: SIGFPE (a crash; sibling of ok_01)
# sb-run output (r14):
#   status: error   exit_code: 136   Process killed by signal 8 (SIGFPE)
#   --- stdout (11 bytes)
#   size now 0
# Plain python3: rc=136 after "size now 0".
import struct, operator
s = struct.Struct("B")
it = s.iter_unpack(b"AB")
s.__init__("")           # s_size = 0
print("size now", s.size, flush=True)
print(operator.length_hint(it))   # (len - index) / s_size: division by zero in C
