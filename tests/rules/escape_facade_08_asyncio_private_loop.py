# expect: reject attribute
# why: asyncio: the same loop through a task's private _loop
# line: 7
import asyncio
async def main():
    t = asyncio.current_task()
    proc = await t._loop.subprocess_shell(asyncio.SubprocessProtocol, "id", stdout=None, stderr=None)
    await asyncio.sleep(0.5)
asyncio.run(main())
