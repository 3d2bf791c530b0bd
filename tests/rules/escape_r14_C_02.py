# expect: reject attribute
# line: 11
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the running event loop object printed)
# why: round 14, private names through a class's name: E derives from asyncio.Event, so E._get_loop is the library's private mixin function, which hands out the event loop for any event

import asyncio
class E(asyncio.Event):
    pass
async def main():
    ev = asyncio.Event()
    loop = E._get_loop(ev)
    print(type(loop).__name__, loop)
asyncio.run(main())
