# expect: reject dunder
# why: a mixin of the program defines __setattr__ and a subclass mixes it with asyncio.Lock: the mixin is no closed class (a subclass of it derives from the library), so its hook receives the library's stores
# line: 12
# goal: the running event loop as a value
# mechanism: a taken Lock's acquire() calls _get_loop(), whose self._loop = loop runs the mixin's hook
import asyncio

box = []


class Watch:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value)
        box.append(value)


class L(Watch, asyncio.Lock):
    pass


async def main():
    lk = L()
    await lk.acquire()
    try:
        await asyncio.wait_for(lk.acquire(), 0.01)
    except asyncio.TimeoutError:
        pass
    print([type(v).__name__ for v in box if type(v).__name__.endswith("EventLoop")])


asyncio.run(main())
