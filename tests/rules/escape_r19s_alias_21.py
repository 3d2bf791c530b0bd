# expect: reject store
# why: twenty-first red team (the red team's ok_01): a library call hands back its
#   argument's object, so what is stored through its result is stored into that object
# line: 23
# goal: write into a namespace the program did not create (logging.Logger.manager.loggerDict: asyncio's module logger becomes the program's object)
# mechanism: a = next(iter([d])) -- a library call that hands back the argument's element
# family: (4) namespace writes, store rule alias links (analyzer/stores.c alias_roots / EV_ALIAS).
# rule slipped: store. The alias links follow the language's binding forms and d.get/pop/setdefault/__getitem__,
#   but not a library call handing back an element of its argument (next/iter), so the store of the library container through the second name 'a' is never
#   carried back to 'd' ('d#held' stays clean) and the later mutation through 'd' is judged a store into the program's own dict.
#   (rules/README.md section 4 lists this as "left open"; it is still accepted and reaches the goal.)
import logging
d = {}
a = next(iter([d]))
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
