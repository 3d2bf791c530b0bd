# expect: reject attribute
# line: 13
# verified: reaches its goal under plain python3 (3.11) in a temp dir: prints _UnixSelectorEventLoop True (the running event loop, which the asyncio facade never hands out: subprocess_shell, sockets)
# why: round 15 lets a method read other._x through its own parameter when no standard-library object holds that private name (rules/library-private.txt); _get_loop is asyncio's, so Probe() == asyncio.Event() stays refused
import asyncio


class Probe:
    def __init__(self):
        self._n = 0

    def __eq__(self, other):
        return other._get_loop()


async def main():
    loop = Probe() == asyncio.Event()
    print(type(loop).__name__, loop.is_running())


asyncio.run(main())
