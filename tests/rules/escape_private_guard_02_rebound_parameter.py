# expect: reject attribute
# why: the isinstance test proves nothing about a parameter the method binds again before the read: other is then an asyncio task, whose private _loop is the running loop
# line: 13
# verified: reaches its goal under plain python3 (3.11) in a temp dir
import asyncio


class Vec:
    def loop_of(self, other, task):
        if not isinstance(other, Vec):
            return None
        other = task
        return other._loop


async def main():
    lp = Vec().loop_of(Vec(), asyncio.current_task())
    proc = await lp.subprocess_shell(asyncio.SubprocessProtocol, "id", stdout=None, stderr=None)
    print(type(proc).__name__)


asyncio.run(main())
