# expect: reject store
# line: 24
# verified: reaches its goal under plain python3 (3.11) in a temp dir (asyncio's module logger is the program's object)
# why: thirteenth red team, family W: ChainMap().new_child(m, **kw) runs m.update(kw) on logging's logger registry

# Mechanism: family W (new): a library method that writes into its ARGUMENT: collections.ChainMap.new_child(m, **kwargs) runs m.update(kwargs). The store rule's writer table (stores.c writer_function) lists module-level functions audited for writes into what they are given; methods of library classes that write into a parameter (not their receiver) are missing, so ChainMap().new_child(LIBDICT, key=value) writes program-chosen keys and values into any library dict
# Goal reached: logging.Logger.manager.loggerDict['asyncio'] = program object before 'import asyncio'; asyncio.log.logger (a standard-library module global) is then the program's Fake and asyncio's error path calls it
# Output seen under python3 (3.11), run in a fresh temp dir:
#   asyncio called the program's object as its module logger: Task exception was never retrieved
import collections
import logging

class Fake:
    def error(self, msg, *args, **kwargs):
        print("asyncio called the program's object as its module logger:", msg.splitlines()[0])
    def debug(self, *args, **kwargs):
        pass
    def info(self, *args, **kwargs):
        pass
    def warning(self, *args, **kwargs):
        pass

# ChainMap.new_child(m, **kwargs) runs m.update(kwargs): the library writes into m
collections.ChainMap().new_child(logging.Logger.manager.loggerDict, asyncio=Fake())

import asyncio

async def boom():
    raise ValueError("never retrieved")

async def main():
    asyncio.create_task(boom())
    await asyncio.sleep(0.01)

asyncio.run(main())
