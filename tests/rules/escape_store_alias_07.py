# expect: reject store
# line: 20
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the last line prints the library object after)
# why: a plain alias (family W through a plain alias: logging's registry stored through one name, written through the other (asyncio's module logger becomes the program's object))

import logging


class Fake:
    def error(self, msg, *args, **kwargs):
        print("asyncio called the program's object as its module logger:", msg.splitlines()[0])

    def debug(self, *args, **kwargs):
        pass


registry = {}
view = registry
view["reg"] = logging.Logger.manager.loggerDict
registry["reg"]["asyncio"] = Fake()

import asyncio


async def boom():
    raise ValueError("never retrieved")


async def main():
    asyncio.create_task(boom())
    await asyncio.sleep(0.01)


asyncio.run(main())
print(type(logging.Logger.manager.loggerDict["asyncio"]).__name__)
