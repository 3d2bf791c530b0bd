# expect: reject store
# line: 15
# verified: reaches its goal under plain python3 (3.11) in a temp dir (asyncio's module logger is an instance of the program's class, called on asyncio's error path)
# why: thirteenth red team, family L (ours): the logger registry's manager, reached through a logger of the program's, is told to build the program's class; asyncio's logger, made when asyncio is imported afterwards, is one

import logging


class Planted(logging.Logger):
    def error(self, msg, *args, **kwargs):
        print("asyncio logs through the program's class:", type(self).__name__, msg.splitlines()[0])


# the manager is the registry's: every logger made after this is a Planted
logging.getLogger("app").manager.setLoggerClass(Planted)
import asyncio


async def boom():
    raise ValueError("never retrieved")


async def main():
    asyncio.create_task(boom())
    await asyncio.sleep(0.01)


asyncio.run(main())
