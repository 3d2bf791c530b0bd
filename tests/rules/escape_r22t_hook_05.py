# expect: reject dunder
# why: a class-body binding `__setattr__ = keep` (a def of the program bound by assignment) in an asyncio.Queue subclass: the library's stores on self reach it as they reach a def named __setattr__
# line: 17
# goal: the running event loop as a value
# mechanism: Queue.get() on an empty queue calls _get_loop(), which stores self._loop through keep
import asyncio

box = []


def keep(self, name, value):
    box.append(value)
    object.__setattr__(self, name, value)


class Q(asyncio.Queue):
    __setattr__ = keep


async def main():
    try:
        await asyncio.wait_for(Q().get(), 0.01)
    except asyncio.TimeoutError:
        pass
    print([type(v).__name__ for v in box if type(v).__name__.endswith("EventLoop")])


asyncio.run(main())
