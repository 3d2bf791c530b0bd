# expect: reject module_attribute
# line: 16
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: functools.wraps copies __name__ from a namedtuple class whose type name
#   is _get_loop: the method's reduce is then getattr(self, "_get_loop").
# Goal reached: run a process (id). (The loop's subprocess_exec is also refused
#   by name: each step is judged on its own.)
import asyncio, collections, copy, functools
Named = collections.namedtuple("_get_loop", "x")
class Flag(asyncio.Event):
    @functools.wraps(Named)
    def m(self):
        return None
async def main():
    flag = Flag()
    loop = copy.copy(flag.m)()
    transport, _ = await loop.subprocess_exec(asyncio.SubprocessProtocol, "id", stdout=None)
    await asyncio.sleep(0.5)
asyncio.run(main())
