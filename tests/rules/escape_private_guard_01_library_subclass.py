# expect: reject attribute
# why: isinstance(other, C) before other._x proves other a C only: when C derives from a library class, other's private names are the library's (asyncio.Event's _get_loop hands out the running loop, which runs a shell)
# line: 12
# verified: reaches its goal under plain python3 (3.11) in a temp dir
import asyncio


class Ev(asyncio.Event):
    def peer_loop(self, other):
        if not isinstance(other, Ev):
            return None
        return other._get_loop()


async def main():
    lp = Ev().peer_loop(Ev())
    proc = await lp.subprocess_shell(asyncio.SubprocessProtocol, "id", stdout=None, stderr=None)
    print(type(proc).__name__)


asyncio.run(main())
