# expect: reject module_attribute
# line: 19
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: copy.copy of a bound method runs its reduce, getattr(self, function's
#   __name__): a def named _get_loop, bound in a class body under a public name,
#   makes copy.copy(e.m) read e._get_loop, asyncio's private loop getter on a
#   subclass of asyncio.Event (the private-read rule refuses `e._get_loop`). The
#   event loop runs processes. copy.copy takes only a container display or a
#   name bound once to one.
# Goal reached: run a process (id). (The loop's subprocess_exec is also refused
#   by name: each step is judged on its own.)
import asyncio, copy
def _get_loop(self):
    return None
class Flag(asyncio.Event):
    m = _get_loop
async def main():
    flag = Flag()
    getter = copy.copy(flag.m)
    loop = getter()
    transport, _ = await loop.subprocess_exec(asyncio.SubprocessProtocol, "id", stdout=None)
    await asyncio.sleep(0.5)
asyncio.run(main())
