# expect: reject builtin
# line: 15
# verified: reaches its goal under plain python3 (3.11) in a temp dir (asyncio's module logger is an instance of the program's class)
# why: family L (ours): setLoggerClass fetched by getattr with a computed name whose literal prefix completes to it

import logging


class Planted(logging.Logger):
    def error(self, msg, *args, **kwargs):
        print("asyncio logs through the program's class:", type(self).__name__, msg.splitlines()[0])


tail = "Class"
getattr(logging.getLogger("app").manager, "setLogger" + tail)(Planted)
import asyncio


async def boom():
    raise ValueError("never retrieved")


async def main():
    asyncio.create_task(boom())
    await asyncio.sleep(0.01)


asyncio.run(main())
