# expect: reject method
# why: type(other) is type(self) proves other a C only while self is the program's own object: called through its class with a task as self, the test passes for another task, whose private _loop is the running loop
# line: 16
# verified: reaches its goal under plain python3 (3.11) in a temp dir
import asyncio


class Vec:
    def loop_of(self, other):
        if type(other) is not type(self):
            return None
        return other._loop


async def main():
    lp = Vec.loop_of(asyncio.current_task(), asyncio.current_task())
    proc = await lp.subprocess_shell(asyncio.SubprocessProtocol, "id", stdout=None, stderr=None)
    print(type(proc).__name__)


asyncio.run(main())
