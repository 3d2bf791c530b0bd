# expect: reject store
# line: 22
# verified: reaches its goal under plain python3 (3.11) in a temp dir (asyncio calls the program's object as its module logger)
# why: twelfth red team, family G (ok_07): logger registry written through '|=' on an item before import asyncio
# Mechanism: family G (augmented assignment on an item of the program's dict holding logging.Logger.manager.loggerDict), done before 'import asyncio': asyncio/log.py runs logger = logging.getLogger('asyncio') at import and gets the program's Fake, so a standard-library module's global is the program's object; asyncio's own error path then calls it with the exception as exc_info
# Goal reached: a standard-library module namespace (asyncio.log.logger) holds a program object; the library calls its methods
# Output seen under python3 (3.11), run in a fresh temp dir:
#   asyncio called the program's object (its module-level logger): Task exception was never retrieved ['exc_info']
import logging

class Fake:
    def error(self, msg, *args, **kwargs):
        print("asyncio called the program's object (its module-level logger):", msg.splitlines()[0], sorted(kwargs))
    def debug(self, *args, **kwargs):
        pass
    def info(self, *args, **kwargs):
        pass
    def warning(self, *args, **kwargs):
        pass

reg = {"r": logging.Logger.manager.loggerDict}
reg["r"] |= {"asyncio": Fake()}     # before asyncio is imported: asyncio.log.logger = logging.getLogger("asyncio")

import asyncio

async def boom():
    raise ValueError("never retrieved")

async def main():
    asyncio.create_task(boom())
    await asyncio.sleep(0.01)

asyncio.run(main())
