# expect: reject attribute
# line: 22
# verified: reaches its goal under plain python3 (3.11) in a temp dir: runs `id` (the event loop, from asyncio.Event's private _get_loop, runs processes; subprocess_exec is refused by name as well)
# why: typing.Sequence (a typing alias, not collections.abc's class) is no closed base: self._get_loop() beside an asyncio.Event base
import asyncio
import typing


class Box(typing.Sequence, asyncio.Event):
    def __getitem__(self, i):
        return i

    def __len__(self):
        return 0

    def loop(self):
        return self._get_loop()


async def main():
    loop = Box().loop()
    transport, _ = await loop.subprocess_exec(asyncio.SubprocessProtocol, "id", stdout=None)
    await asyncio.sleep(0.5)


asyncio.run(main())
