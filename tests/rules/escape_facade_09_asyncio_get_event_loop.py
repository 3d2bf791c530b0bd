# expect: reject module_attribute
# why: asyncio facade: no event loop by name
# line: 6
import asyncio
async def main():
    proc = await asyncio.get_running_loop().subprocess_shell(asyncio.SubprocessProtocol, "id", stdout=None, stderr=None)
    await asyncio.sleep(0.5)
asyncio.run(main())
