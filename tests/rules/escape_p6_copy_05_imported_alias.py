# expect: reject module_attribute
# line: 15
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: the function imported under another name is judged as copy.copy.
# Goal reached: run a process (id). (The loop's subprocess_exec is also refused
#   by name: each step is judged on its own.)
import asyncio
from copy import copy as duplicate
def _get_loop(self):
    return None
class Flag(asyncio.Event):
    m = _get_loop
async def main():
    flag = Flag()
    loop = duplicate(flag.m)()
    transport, _ = await loop.subprocess_exec(asyncio.SubprocessProtocol, "id", stdout=None)
    await asyncio.sleep(0.5)
asyncio.run(main())
