# expect: reject module_attribute
# line: 19
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: a name bound to a dict display and to something else: only a name the
#   program binds once, by the display, is known to hold a dict.
# Goal reached: run a process (id). (The loop's subprocess_exec is also refused
#   by name: each step is judged on its own.)
import asyncio, copy
def _get_loop(self):
    return None
class Flag(asyncio.Event):
    m = _get_loop
settings = {"a": 1}
async def main():
    global settings
    settings = Flag().m
    loop = None
    if True:
        loop = copy.copy(settings)()
    transport, _ = await loop.subprocess_exec(asyncio.SubprocessProtocol, "id", stdout=None)
    await asyncio.sleep(0.5)
asyncio.run(main())
