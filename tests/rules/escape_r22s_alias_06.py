# expect: reject store
# why: twenty-second red team, the red team's ok_06: dict.copy() on a named receiver, item read (logging's loggerDict replaced)
# line: 16
# goal: write into a namespace the program did not create (logging.Logger.manager.loggerDict: asyncio's module logger replaced by the program's object)
# mechanism: m = {1: d}; a = m.copy()[1]
# family: (4) namespace writes, store rule alias links (analyzer/stores.c alias_roots).
# rule slipped: store. alias_roots links a call result to its arguments (10bbf55), to d.get/pop/setdefault/__getitem__
#   receivers and to a *display* receiver ({1: d}.values()), but a method call on a NAMED receiver (or on a call
#   such as iter([d])) with any other method name links only to "()name" returns: the receiver is never walked,
#   so the store through the second name never reaches d#held and the later mutation through d is judged the
#   program's own.
import logging
d = {}
m = {1: d}
a = m.copy()[1]
a["k"] = logging.Logger.manager.loggerDict
class Fake:
    def debug(self, *args, **kw):
        pass
    info = warning = error = critical = exception = debug
fake = Fake()
d["k"]["asyncio"] = fake
import asyncio
print("asyncio logger is now the program's object:", logging.getLogger("asyncio") is fake)
