# expect: reject store
# line: 18
# verified: reaches its goal under plain python3 (3.11) (the last line prints the library object after)
# why: a binding form the alias links missed (match-capture alias (as ok_05) of logging.Logger.manager.loggerDict, then an item store through d)

import logging
d = {}
match d:
    case a:
        a["k"] = logging.Logger.manager.loggerDict
class Fake:
    def __init__(self):
        self.seen = []
    def debug(self, *args, **kw):
        self.seen.append(args)
    info = warning = error = critical = exception = debug
fake = Fake()
d["k"]["asyncio"] = fake
def main():
    import asyncio
    async def co():
        return 1
    asyncio.run(co())
main()
print("asyncio logger is now the program's object:", logging.getLogger("asyncio") is fake)
print(fake.seen[:3])
