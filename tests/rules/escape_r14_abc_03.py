# expect: reject builtin
# line: 11
# verified: reaches its goal under plain python3 (3.11) in a temp dir: runs `id` (the event loop, from asyncio.Event's private _get_loop, runs processes; subprocess_exec is refused by name as well)
# why: a Mapping subclass whose __getitem__ is getattr(self, '_get_' + k), derived into an asyncio.Event subclass
import asyncio
from collections.abc import Mapping


class Table(Mapping):
    def __getitem__(self, k):
        return getattr(self, "_get_" + k)

    def __iter__(self):
        return iter(())

    def __len__(self):
        return 0


class Flag(Table, asyncio.Event):
    pass


async def main():
    loop = Flag()["loop"]()
    transport, _ = await loop.subprocess_exec(asyncio.SubprocessProtocol, "id", stdout=None)
    await asyncio.sleep(0.5)


asyncio.run(main())
