# expect: reject dunder
# why: an asyncio.Semaphore subclass (any _LoopBoundMixin class) whose __setattr__ stores what it receives under a public name of self: super().__setattr__ with a name of its own hands the running loop out as s.seen
# line: 10
# goal: the running event loop as a value (its exception handler reads /etc/passwd through linecache)
# mechanism: acquire() of a taken semaphore calls _get_loop(), which stores self._loop through the hook
import asyncio


class S(asyncio.Semaphore):
    def __setattr__(self, name, value):
        if name == "_loop":
            super().__setattr__("seen", value)
        super().__setattr__(name, value)


async def main():
    s = S(0)
    try:
        await asyncio.wait_for(s.acquire(), 0.01)
    except asyncio.TimeoutError:
        pass
    s.seen.call_soon(print, "loop in hand:", type(s.seen).__name__)
    await asyncio.sleep(0)


asyncio.run(main())
