# expect: reject attribute
# line: 26
# verified: reaches its goal under plain python3 (3.11) in a temp dir: runs `id` (the event loop, from asyncio.Event's private _get_loop, runs processes; subprocess_exec is refused by name as well)
# why: a closed-looking Sequence subclass whose method reads self._get_loop(), derived into a class with an asyncio.Event base: every subclass must be closed too
import asyncio
from collections.abc import Sequence


class Box(Sequence):
    def __getitem__(self, i):
        return i

    def __len__(self):
        return 0

    def loop(self):
        return self._get_loop()


class Flag(Box, asyncio.Event):
    pass


async def main():
    loop = Flag().loop()
    transport, _ = await loop.subprocess_exec(asyncio.SubprocessProtocol, "id", stdout=None)
    await asyncio.sleep(0.5)


asyncio.run(main())
