# expect: reject memory
# line: 29
# verified: plain python3 3.11.2 (/usr/bin/python3 -I) and 3.11.7, in a temp dir: prints 'bytearray 0x4000000000000000' (raw memory: gh-120298, a list compared while code inside the comparison empties it)
# why: print inside a comparison: a program that names contextlib.redirect_stdout may have its own object as sys.stdout, whose write runs
import contextlib

keep = []
W = lambda v: v.to_bytes(8, "little")
FAKE = (W(0) + W(0) + W(1 << 40) + W(id(bytearray)) + W(1 << 62) + W(1 << 62)
        + W(0) + W(0) + W(1))[:73]
vl = []

class Sink:
    def write(self, text):
        vl.clear()
        return len(text)

    def flush(self):
        pass


class V:
    __slots__ = ("a", "b", "c", "d", "e", "f")

    def __eq__(s, o):
        return False

    def __lt__(s, o):
        print("comparing")
        return NotImplemented


class Wc:
    def __eq__(s, o):
        return False

    def __gt__(s, o):
        keep.append(bytearray(FAKE))
        keep.append(o)
        return False


def raw_memory():
    w = Wc()
    vl.append(V())
    vl < [w]
    keep.append(w)
    return keep[-2]


with contextlib.redirect_stdout(Sink()):
    mem = raw_memory()
print(type(mem).__name__, hex(len(mem)))
