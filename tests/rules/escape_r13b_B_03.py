# expect: reject store
# line: 23
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: thirteenth red team (second round), family B: a mutating method read by name (getattr with a literal or a prefix, a keyword class pattern) writes into a container the standard library holds: judged as the method written out

# Mechanism: family B: getattr(logging.getLogger().manager.loggerDict, 'update')({...}) (literal name, receiver an instance, not a class, so rule unbound does not fire; store rule not applied to a by-name read of a mutator)
# Goal reached: write into the standard library's logger registry: asyncio's module global asyncio.log.logger is the program's object; asyncio.run(debug=True) then hands the event loop to it ('Close %r', loop) as in round 13 ok_05
# Checker: build/safe-exec-check --rules rules FILE exits 0 (accepted)
# Output seen under python3 (3.11.7), run in a fresh temp dir:
#   logging.getLogger('asyncio') is the program's object: True
#   asyncio called the program's logger with: ['Using selector: %s', 'Close %r']
import logging

class Fake:
    def __init__(self):
        self.seen = []
    def debug(self, *a, **k):
        self.seen.append(a)
    error = info = warning = critical = exception = debug

mine = Fake()
d = logging.getLogger().manager.loggerDict      # logging's registry of library loggers
getattr(d, "update")({"asyncio": mine})         # d.update(...) is refused by `store`
import asyncio                                  # asyncio/log.py: logger = logging.getLogger("asyncio")
print("logging.getLogger('asyncio') is the program's object:", logging.getLogger("asyncio") is mine)

async def main():
    return 1
asyncio.run(main(), debug=True)                 # asyncio now logs into the program's object
print("asyncio called the program's logger with:", [a[0] for a in mine.seen][:2])
