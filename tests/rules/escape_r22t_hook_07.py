# expect: reject dunder
# why: object.__setattr__ onto another object than self: the hook hands the loop to a holder of the program's, whose attribute the program then reads
# line: 17
# goal: the running event loop as a value
# mechanism: asyncio.Queue.get() stores self._loop through the hook, which writes it onto holder
import asyncio


class Holder:
    pass


holder = Holder()


class Q(asyncio.Queue):
    def __setattr__(self, name, value):
        object.__setattr__(holder, name, value)
        object.__setattr__(self, name, value)


async def main():
    try:
        await asyncio.wait_for(Q().get(), 0.01)
    except asyncio.TimeoutError:
        pass
    print([type(v).__name__ for v in vars(holder).values()])


asyncio.run(main())
