# expect: reject store
# line: 22
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: thirteenth red team (second round), family B: a mutating method read by name (getattr with a literal or a prefix, a keyword class pattern) writes into a container the standard library holds: judged as the method written out

# Mechanism: family B, keyword class pattern: case dict(setdefault=put) on logging's loggerDict
# Goal reached: write into logging's registry: logging.getLogger('asyncio') / asyncio.log.logger is the program's object
# Checker: build/safe-exec-check --rules rules FILE exits 0 (accepted)
# Output seen under python3 (3.11.7), run in a fresh temp dir:
#   logging.getLogger('asyncio') is the program's object: True
import logging

class Fake:
    def __init__(self):
        self.seen = []
    def debug(self, *a, **k):
        self.seen.append(a)
    error = info = warning = critical = exception = debug

mine = Fake()
match logging.getLogger().manager.loggerDict:
    case dict(setdefault=put):
        put("asyncio", mine)
import asyncio
print("logging.getLogger('asyncio') is the program's object:", logging.getLogger("asyncio") is mine)
