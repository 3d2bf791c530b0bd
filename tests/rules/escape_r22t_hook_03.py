# expect: reject dunder
# why: an asyncio.Event subclass whose __setattr__ delegates every store but also keeps each value: wait() stores the running loop as _loop, whose exception handler then reads /etc/passwd through linecache
# line: 12
# goal: read /etc/passwd without open (the running event loop as a value)
# mechanism: _LoopBoundMixin._get_loop does self._loop = loop through the program's __setattr__
import asyncio

box = []


class E(asyncio.Event):
    def __setattr__(self, name, value):
        box.append(value)
        super().__setattr__(name, value)


async def main():
    try:
        await asyncio.wait_for(E().wait(), 0.01)
    except asyncio.TimeoutError:
        pass
    for v in box:
        if type(v).__name__.endswith("EventLoop"):
            v.call_exception_handler({"message": "m", "source_traceback": [("/etc/passwd", 1, "x", None)]})


asyncio.run(main())
