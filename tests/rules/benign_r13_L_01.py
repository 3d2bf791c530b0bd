# expect: accept
# why: thirteenth red team, family L: a program handler reading record.getMessage(), a logger of the program's name, asyncio's logger's level set, and asyncio.run without debug= stay accepted

import asyncio
import logging


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.lines = []

    def emit(self, record):
        self.lines.append(record.getMessage())


handler = ListHandler()
log = logging.getLogger("app")
log.addHandler(handler)
log.setLevel(logging.INFO)
logging.getLogger("asyncio").setLevel(logging.WARNING)


async def work(n):
    await asyncio.sleep(0)
    log.info("done %d", n)
    return n * 2


async def main():
    return await asyncio.gather(*(work(i) for i in range(3)))


print(asyncio.run(main()))
print(handler.lines)
