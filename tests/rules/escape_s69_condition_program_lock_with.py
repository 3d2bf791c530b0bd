# expect: reject memory
# line: 27
# why: a with statement around an await, whose manager is an asyncio.Condition built
# on a lock of the program's: its exit calls the program's release, which the
# collector may run inside a C repr; only the library's locks made with nothing of
# the program's in them are exits that run no program code
import asyncio

L = []


class Lk(asyncio.Lock):
    def release(self):
        L.clear()
        super().release()


class Box:
    def __init__(self):
        self.cond = asyncio.Condition(Lk())

    def __repr__(self):
        return "Box"


async def work(b):
    async with b.cond:
        await asyncio.sleep(0)


b = Box()
L.append(b)
asyncio.run(work(b))
print(repr(L))
