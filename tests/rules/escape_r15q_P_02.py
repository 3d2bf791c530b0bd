# expect: reject attribute
# line: 13
# verified: reaches its goal under plain python3 (3.11) in a temp dir: prints _UnixSelectorEventLoop True (the running event loop, which the asyncio facade never hands out: subprocess_shell, sockets)
# why: the same read spelled getattr(other, '_get_loop') in __lt__: judged exactly as other._get_loop, by the name list
import asyncio


class Key:
    def __init__(self, k):
        self._k = k

    def __lt__(self, other):
        return getattr(other, "_get_loop")()


async def main():
    loop = Key(1) < asyncio.Lock()
    print(type(loop).__name__, loop.is_running())


asyncio.run(main())
