# expect: reject memory
# line: 13
# why: round 71: a dict subclass's items bound by a chained assignment (items = also = rows_items) beside a ChainMap comparison: raw memory under 3.11.2
import collections

keep = []
dq = collections.deque()
state = {"n": 0, "payload": b""}
N = 25


def rows_items(self):
    state["n"] += 1
    if state["n"] == 1:
        dq.clear()
        keep.append(bytearray(state["payload"]))
    return [(1, 2)]


class Rows(dict):
    items = also = rows_items


class Probe:
    def __eq__(self, other):
        raise LookupError(self)


def w8(v):
    return v.to_bytes(8, "little")


pad = [tuple([i] * N) for i in range(200)]
dq.append(tuple([collections.ChainMap({1: 2}), 0] + [0] * (N - 2)))
pad2 = [tuple([i] * N) for i in range(200)]
fake = id(dq[0]) + 48
words = [0, 0, 0, 0, 0, 0, fake, 0, 1 << 40, id(Probe), 0, 0]
raw = b"".join([w8(x) for x in words])
state["payload"] = raw + bytes(232 - len(raw))
mem = None
try:
    dq.index(tuple([Rows({1: 2}), Probe()] + [0] * (N - 2)))
except LookupError as e:
    mem = e.args[0]
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
print("items runs:", state["n"], len(keep))
B = keep[0]
B[64:120] = b"".join([w8(x) for x in [1 << 40, id(bytearray), 1 << 62, 1 << 62, 0, 0, 0]])
print(type(mem).__name__, hex(len(mem)), "at", hex(id(mem)), "fake was", hex(fake))
probe = "freed-memory-probe"
print("read through it:", bytes(mem[id(probe) + 48:id(probe) + 48 + len(probe)]))
