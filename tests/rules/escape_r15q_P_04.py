# expect: reject method
# line: 19
# verified: reaches its goal under plain python3 (3.11) in a temp dir: prints _UnixSelectorEventLoop True (the running event loop, which the asyncio facade never hands out: subprocess_shell, sockets)
# why: round 15 lets a class body alias a privileged method (__rmul__ = __mul__); the alias is guarded as the def is, so Vec.__rmul__(event, 2) with a foreign self stays refused (self._get_loop() in a closed class reads whatever self is)
import asyncio


class Vec:
    def __init__(self, x):
        self._x = x

    def __mul__(self, k):
        return self._get_loop()

    __rmul__ = __mul__


async def main():
    loop = Vec.__rmul__(asyncio.Event(), 2)
    print(type(loop).__name__, loop.is_running())


asyncio.run(main())
