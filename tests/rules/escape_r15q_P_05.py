# expect: reject method
# line: 19
# verified: reaches its goal under plain python3 (3.11) in a temp dir: prints _UnixSelectorEventLoop True (the running event loop, which the asyncio facade never hands out: subprocess_shell, sockets)
# why: the alias fetched by a string name (getattr(Vec, '__rmul__')) and called unbound on an asyncio.Event
import asyncio


class Vec:
    def __init__(self, x):
        self._x = x

    def __mul__(self, k):
        return self._get_loop()

    __rmul__ = __mul__


async def main():
    scale = getattr(Vec, "__rmul__")
    loop = scale(asyncio.Event(), 2)
    print(type(loop).__name__, loop.is_running())


asyncio.run(main())
