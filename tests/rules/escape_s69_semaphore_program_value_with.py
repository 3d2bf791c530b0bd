# expect: reject memory
# line: 30
# why: a with statement around an await, whose manager is a Semaphore holding a
# value of the program's: release runs `self._value += 1`, the value's __add__, when
# the collector closes the coroutine inside a C repr; a lock's arguments must be
# int literals
import asyncio

L = []


class Count:
    def __init__(self, n):
        self.n = n

    def __add__(self, k):
        L.clear()
        return Count(self.n + k)

    def __gt__(self, k):
        return self.n > k


class Box:
    def __repr__(self):
        return "Box"


async def work(gate):
    async with gate:
        await asyncio.sleep(0)


L.append(Box())
asyncio.run(work(asyncio.Semaphore(Count(1))))
print(repr(L))
