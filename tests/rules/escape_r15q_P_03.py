# expect: reject attribute
# line: 13
# verified: reaches its goal under plain python3 (3.11) in a temp dir: prints _UnixSelectorEventLoop True (the running event loop, which the asyncio facade never hands out: subprocess_shell, sockets)
# why: the parameter read inside a lambda of the operator method (the name list decides, whatever the receiver): a Task's _loop
import asyncio


class Acc:
    def __init__(self):
        self._total = 0

    def __add__(self, o):
        peek = lambda: o._loop
        return peek()


async def work():
    return 1


async def main():
    task = asyncio.create_task(work())
    loop = Acc() + task
    print(type(loop).__name__, loop.is_running())
    await task


asyncio.run(main())
