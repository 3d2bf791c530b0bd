# expect: reject attribute
# why: asyncio: a task's loop starts processes
# line: 6
import asyncio
async def main():
    loop = asyncio.current_task().get_loop()
    proc = await loop.subprocess_shell(asyncio.SubprocessProtocol, "id", stdout=None, stderr=None)
    await asyncio.sleep(0.5)
asyncio.run(main())
