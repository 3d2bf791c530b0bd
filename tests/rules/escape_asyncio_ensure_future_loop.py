# expect: reject attribute
# line: 9
# verified: reaches its goal under plain python3 (3.11) (the task ensure_future makes hands out its loop, which starts a process)
# why: ensure_future makes a task like create_task; the task's loop stays refused

import asyncio

async def main():
    loop = asyncio.ensure_future(asyncio.sleep(0)).get_loop()
    proc = await loop.subprocess_shell(asyncio.SubprocessProtocol, "echo reached", stdout=None, stderr=None)
    await asyncio.sleep(0.2)

asyncio.run(main())
