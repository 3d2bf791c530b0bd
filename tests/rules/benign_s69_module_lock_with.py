# expect: accept
# why: a module-level asyncio.Lock() bound once and only entered: closing the coroutine suspended in `async with gate:` runs only the library lock's exit, in a program whose __repr__ puts its reprs in the memory rule
import asyncio

L = []
gate = asyncio.Lock()


class Box:
    def __repr__(self):
        return "Box"


async def work():
    async with gate:
        await asyncio.sleep(0)
    L.append(Box())


asyncio.run(work())
print(repr(L))
