# expect: reject dunder
# line: 11
# verified: reaches its goal under plain python3 (3.11) in a temp dir: prints the Event's private attribute names (_value, _waiters), read and writable through the mapping
# why: a MutableMapping subclass over vars(self)/setattr(self, k, v), derived into an asyncio.Event subclass, reads and writes the Event's private state by computed names
import asyncio
import collections.abc


class Box(collections.abc.MutableMapping):
    def __getitem__(self, k):
        return vars(self)[k]

    def __setitem__(self, k, v):
        setattr(self, k, v)

    def __delitem__(self, k):
        delattr(self, k)

    def __iter__(self):
        return iter(vars(self))

    def __len__(self):
        return len(vars(self))


class Flag(Box, asyncio.Event):
    pass


async def main():
    f = Flag()
    loop = f["_loop"] if "_loop" in f else None
    await asyncio.sleep(0)
    f.set()
    await f.wait()
    print("the Event's private state through the mapping:", sorted(k for k in f))


asyncio.run(main())
