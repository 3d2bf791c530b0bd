# expect: reject module_attribute
# line: 15
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: copy.copy as a value (here mapped over methods) escapes the judgement of
#   its argument.
# Goal reached: run a process (id). (The loop's subprocess_exec is also refused
#   by name: each step is judged on its own.)
import asyncio, copy
def _get_loop(self):
    return None
class Flag(asyncio.Event):
    m = _get_loop
async def main():
    flag = Flag()
    getters = list(map(copy.copy, [flag.m]))
    transport, _ = await getters[0]().subprocess_exec(asyncio.SubprocessProtocol, "id", stdout=None)
    await asyncio.sleep(0.5)
asyncio.run(main())
